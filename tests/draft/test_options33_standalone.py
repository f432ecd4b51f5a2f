"""options33: a speaker whose words name no one out of their sentence (« ses membres »,
« ce dernier », "their union") is never a drafted question's option nor a statement's subject;
it is named by the fullest of its mentions that makes sense alone when the analysis has one.
Made-up articles and sentences only."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import _Builder, draft_questions
from quizapp.draft.drafting.speaker_names.standalone import points_back
from quizapp.draft.words.lexicon import load

MARKET = (
    "Le marché couvert fermera en mars\n\n"
    "« Nous n'avons plus les moyens de chauffer la halle », a déclaré le maire, Paul Garnier, "
    "mardi soir. Il assure que les commerçants seront relogés.\n\n"
    "L'association des amis du marché conteste la décision. Selon ses membres, la halle attire "
    "encore des centaines de clients chaque samedi.\n\n"
    "« Le bâtiment ne répond plus aux normes », a expliqué Claire Vasseur, adjointe aux "
    "finances.\n\n"
    "Selon la préfecture, aucune subvention n'a été demandée.\n\n"
    "« On nous prévient toujours au dernier moment », a regretté Louis Martin, un maraîcher.\n\n"
    "Certains clients disent qu'ils iront au supermarché."
)


def _drafted_words(text: str) -> list[str]:
    """Every option text, match answer and true/false statement drafted on ``text``."""
    analysis = analyze(text, "fr", headline=text.split("\n", 1)[0])
    words: list[str] = []
    for question in draft_questions(analysis):
        words += [option["text"] for option in question.get("options", [])]
        words += [pair["right"] for pair in question.get("pairs", [])]
        words += question.get("distractors", [])
        if question["type"] == "true_false":
            words.append(question["prompt"])
    return words


def test_a_possessive_speaker_is_no_option_nor_statement_subject() -> None:
    analysis = analyze(MARKET, "fr", headline="Le marché couvert fermera en mars")
    assert "ses membres" in {found.speaker for found in analysis.attributions}
    drafted = _drafted_words(MARKET)
    assert drafted  # questions are still drafted on the other speakers
    assert not [words for words in drafted if "ses membres" in words.lower()]


@pytest.mark.parametrize(
    ("mention", "language", "back"),
    [
        ("ses membres", "fr", True),
        ("son adjoint", "fr", True),
        ("ce dernier", "fr", True),
        ("Celle-ci", "fr", True),
        ("cette lycéenne", "fr", True),
        ("son fils, Paul Durand", "fr", False),  # a name after it
        ("les membres de l'association", "fr", False),
        ("his spokesman", "en", True),
        ("the latter", "en", True),
        ("their union", "en", True),
        ("those living near the quarry", "en", False),  # defines its people
        ("the union's general secretary", "en", False),
    ],
)  # fmt: skip
def test_which_mentions_point_back(mention: str, language: str, back: bool) -> None:
    assert points_back(mention, load(language)) is back


@pytest.mark.parametrize(
    ("mention", "language"),
    [("la même source", "fr"), ("the same source", "en")],
)
def test_the_same_source_points_back(mention: str, language: str) -> None:
    assert points_back(mention, load(language))


def test_an_impersonal_voice_is_still_asked_as_a_voice() -> None:
    assert not points_back("on", load("fr"))


TWICE_NAMED = (
    "Le procès renvoyé\n\n"
    "Le tribunal a renvoyé mardi le procès intenté par Karim Benali Haddad à son ancien club. "
    "Karim Benali Hadad ne s'est pas présenté à l'audience. Sophie Marchal, sa compagne, "
    "était absente.\n\n"
    "« Nous attendons cette décision depuis deux ans », a regretté Nadia Ferhat, présidente "
    "de l'association des supporters. « Le club doit payer », a-t-elle ajouté."
)


def test_a_misspelt_bystander_is_not_offered_twice() -> None:
    """« Karim Benali Haddad » and « Karim Benali Hadad » are one person: at most one of
    them is a wrong option of the same question."""
    analysis = analyze(TWICE_NAMED, "fr", headline="Le procès renvoyé")
    for question in draft_questions(analysis):
        texts = [option["text"] for option in question.get("options", [])]
        assert not {"Karim Benali Haddad", "Karim Benali Hadad"} <= set(texts)


REPEATED_GROUP = (
    "La place rénovée\n\n"
    "« Les travaux dureront six mois », a annoncé Hélène Prigent, adjointe à l'urbanisme.\n\n"
    "Les riverains de la place du Marché redoutent le bruit des chantiers.\n\n"
    "Les riverains disent qu'ils n'ont pas été consultés.\n\n"
    "« Nous perdrons des clients », a affirmé Tomás Ribeiro, boulanger."
)


def test_a_group_and_its_fuller_description_are_not_two_wrong_options() -> None:
    """« Les riverains » beside « Les riverains de la place du Marché »: one group, offered
    once, by its fuller words."""
    analysis = analyze(REPEATED_GROUP, "fr", headline="La place rénovée")
    builder = _Builder(analysis, load("fr").raw["wording"])
    others = builder.others(analysis.attributions[0])
    assert "Les riverains de la place du Marché" in others
    assert "Les riverains" not in others
