"""teacher15's walk-through as a French teacher (a congress of mayors, two speakers): what the
drafted questions asked that a student could not answer, or that read as no sentence."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.clauses import is_clause

CONGRESS = (
    "Les maires en colère\n\n"
    "Paul Durand et Anne Morel ont ouvert le congrès jeudi. « Nous sommes à bout », a lancé "
    "Anne Morel.\n\n"
    "Dénonçant le projet du ministère d’imposer aux communes une « année blanche », Paul "
    "Durand a estimé que ces coupes risquent de conduire à « un effondrement des "
    "investissements ». Il a dit son inquiétude sur l’avenir du programme, dont les contrats "
    "se terminent l’an prochain.\n\n"
    "Le préfet a salué « un dialogue franc ». Selon la préfecture, les dotations seront "
    "maintenues."
)


@pytest.mark.parametrize(
    "piece",
    [
        "son inquiétude sur l’avenir du programme, dont les contrats se terminent l’an prochain",
        "sa colère contre le budget, qui prévoit des coupes",
        "et certains éléments du lait se retrouvent dénaturés",
        "l'alimentation et la santé animale",
    ],
)
def test_a_noun_phrase_with_a_relative_or_the_rest_of_a_sentence_is_no_clause(piece: str) -> None:
    """« Antoine Homé a dit son inquiétude sur l'avenir du programme, dont les contrats se
    terminent… » became « c'est Antoine Homé qui affirme que son inquiétude sur … »: the
    only verb was the relative's, set off by its comma."""
    assert not is_clause(piece, "fr", sentence=False)


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("le maire, qui est en poste depuis 2008, a démissionné", "fr"),
        ("ces ponctions qui ne disent pas leur nom risquent de coûter cher", "fr"),
        ("il l'a dit hier", "fr"),
        ("the council, which met on Monday, will vote again", "en"),
    ],
)
def test_a_clause_with_a_relative_is_still_a_clause(clause: str, language: str) -> None:
    assert is_clause(clause, language, sentence=False)


def test_a_partial_quotation_inside_a_noun_phrase_is_not_asked_as_a_statement() -> None:
    """« Dénonçant le projet … une « année blanche », Paul Durand … » holds a partial
    quotation, but « qui affirme que le projet du ministère d'imposer … » is no sentence."""
    prompts = [q["prompt"] for q in draft_questions(analyze(CONGRESS, "fr"))]
    assert prompts
    assert not [p for p in prompts if "que le projet du ministère" in p], prompts
    assert not [p for p in prompts if "que son inquiétude" in p], prompts


def test_a_paragraph_opening_on_a_quotation_mark_is_named_without_an_empty_quotation() -> None:
    """« « Le préfet a salué “”… » : d'où vient… »: the paragraph's first five words ended on
    the mark that opens a quotation, shown as an empty pair."""
    prompts = [q["prompt"] for q in draft_questions(analyze(CONGRESS, "fr"))]
    assert not [p for p in prompts if "“”" in p], prompts


ECHO = (
    "Les maires en colère\n\n"
    "Paul Durand et Anne Morel ont ouvert le congrès jeudi à Lyon. « Il n'y a pas d'aversion "
    "pour la politique », s'est félicité Paul Durand.\n\n"
    "« On veut toujours nous prendre de l'argent »\n\n"
    "Le vice-président a rappelé le contexte : « le discours est plus sympathique », mais "
    "« on veut toujours nous prendre de l'argent », a dénoncé Paul Durand. « Nous agirons », "
    "a promis Anne Morel. Le congrès s'est achevé vendredi à midi."
)

ECHO_EN = (
    "Council rows back\n\n"
    '"We will not close the library," Ruth Black said on Monday. "The money is there," '
    "Tom Reed added.\n\n"
    "Ruth Black said that the council had found the money in its reserves."
)


def test_a_subhead_repeating_a_speaker_s_words_is_not_judged_true_or_false() -> None:
    """« « On veut toujours nous prendre de l'argent » » as a subhead quotes Paul Durand:
    « c'est Anne Morel qui affirme que « On veut… » : Faux » is right, but « c'est Paul
    Durand qui… : Faux » marked a careful reader wrong, and « l'article écrit, sans
    l'attribuer à aucune source » misleads her. Since recall18 a subhead in the first person is
    found as the words of the one who says them again below: a statement on it names Paul
    Durand and is true."""
    statements = [
        (q["prompt"], q["answer"])
        for q in draft_questions(analyze(ECHO, "fr"))
        if q["type"] == "true_false" and "On veut toujours" in q["prompt"]
    ]
    assert all("Paul Durand" in p and answer for p, answer in statements), statements


def test_a_sentence_of_the_outlet_s_own_is_still_judged() -> None:
    """A sentence no speaker says stays among the true/false statements."""
    prompts = [q["prompt"] for q in draft_questions(analyze(ECHO, "fr"))]
    assert [p for p in prompts if "e congrès s'est achevé vendredi" in p], prompts


TWO_SPEAKERS = {
    "fr": (
        "Congrès des maires\n\n"
        "Christophe Bouillon et Antoine Homé ont ouvert le congrès jeudi. « Il n'y a pas "
        "d'aversion pour la politique », s'est félicité Antoine Homé.\n\n"
        "Il a rappelé que les maires étaient mieux traités que lorsque Bruno Le Maire était "
        "ministre. « Nous sommes le dernier service public », a ajouté Antoine Homé.\n\n"
        "« Les communes tiendront », a assuré la préfète. Antoine Homé a estimé que les "
        "coupes risquent de conduire à un effondrement des investissements."
    ),
    "en": (
        "Police chief speaks out\n\n"
        'Sarah Jones and Mark Rowley opened the conference on Monday. "Every case needs '
        'judging on its merits," Mark Rowley said.\n\n'
        'He recalled that forces were criticised when Peter Byrne was home secretary. "We '
        'want to be more transparent," Mark Rowley added.\n\n'
        '"Forces will cope," the mayor said. Mark Rowley said that putting more facts out '
        "was the only way to deal with rumours."
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_people_named_who_never_speak_are_wrong_options_when_speakers_are_too_few(
    language: str,
) -> None:
    """Two speakers, one of them written without a name (« la préfète », who may be anyone):
    no "who said this?" had two wrong options, so the set was all true/false. The people the
    article names who never speak (Christophe Bouillon, Bruno Le Maire) are plausible ones."""
    questions = draft_questions(analyze(TWO_SPEAKERS[language], language))
    speaker = "Antoine Homé" if language == "fr" else "Mark Rowley"
    bystanders = {"Christophe Bouillon", "Bruno Le Maire", "Sarah Jones", "Peter Byrne"}
    who = [q for q in questions if q["type"] == "single_choice"]
    assert who, [q["prompt"] for q in questions]
    for asked in who:
        right = [o["text"] for o in asked["options"] if o.get("correct")]
        wrong = {o["text"] for o in asked["options"] if not o.get("correct")}
        assert right == [speaker] and wrong & bystanders, asked["options"]
        assert not [w for w in wrong if speaker.split()[-1] in w], asked["options"]


def test_a_speaker_written_without_a_name_gets_no_bystander_as_a_wrong_option() -> None:
    """« a assuré la préfète »: the prefect may be anyone the article names, Christophe
    Bouillon too, so no named bystander is offered against her."""
    for question in draft_questions(analyze(TWO_SPEAKERS["fr"], "fr")):
        if "Les communes tiendront" in question["prompt"] and question["type"] != "locate":
            texts = [o["text"] for o in question.get("options", [])]
            assert "Christophe Bouillon" not in texts and "Christophe" not in question["prompt"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_with_few_who_said_this_the_words_that_tell_who_speaks_are_located(
    language: str,
) -> None:
    """The statements no "who said this?" asks about become « Qui dit « … » ? Sélectionnez
    dans l'article les mots qui le disent », the cue and its source the answer."""
    text = ECHO if language == "fr" else ECHO_EN
    locates = [q for q in draft_questions(analyze(text, language)) if q["type"] == "locate"]
    assert locates
    for question in locates:
        (answer,) = question["answer"]
        assert answer in text
        assert any(n in answer for n in ("Durand", "Morel", "vice-président", "Ruth", "Tom")), (
            answer
        )


FOUR_STATEMENTS = (
    "Congrès des maires\n\n"
    "Christophe Bouillon et Bruno Le Maire ont ouvert le congrès jeudi. « Il n'y a pas "
    "d'aversion pour la politique », s'est félicité Antoine Homé.\n\n"
    "« Nous sommes le dernier service public », a ajouté Antoine Homé.\n\n"
    "« Les communes tiendront », a assuré Claire Dumas, préfète de la Somme. « Les budgets "
    "seront tenus », a ajouté Claire Dumas.\n\n"
    "Antoine Homé a estimé que les coupes risquent de conduire à un effondrement des "
    "investissements."
)


def test_many_who_said_this_leave_no_locate_of_the_cue() -> None:
    """Where who-said-this asks enough, the rest stays true/false as before. Since
    questions51 at most two who-said-this share an answer, so enough means two speakers'
    (TWO_SPEAKERS' four statements of Antoine Homé now ask two and locate the others' cues)."""
    questions = draft_questions(analyze(FOUR_STATEMENTS, "fr"))
    assert len([q for q in questions if q["type"] == "single_choice"]) == 4
    assert not [q for q in questions if q["id"].startswith("draft-locate-cue")]


def test_a_possessive_is_no_part_of_a_bystander_s_name() -> None:
    text = TWO_SPEAKERS["en"].replace("Peter Byrne was", "Peter Byrne's office was")
    options = {
        o["text"] for q in draft_questions(analyze(text, "en")) for o in q.get("options", [])
    }
    assert not [o for o in options if o.endswith(("'s", "’s"))], options


def test_a_photo_credit_is_no_bystander() -> None:
    text = TWO_SPEAKERS["en"] + "\n\nFlowers at the scene (Peter Byrne/PA)"
    text = text.replace("when Peter Byrne was home secretary", "when Anne Roe chaired it")
    options = {
        o["text"] for q in draft_questions(analyze(text, "en")) for o in q.get("options", [])
    }
    assert "Peter Byrne" not in options and "Sarah Jones" in options, options
