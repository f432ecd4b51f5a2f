"""A false statement or a wrong option must never name the person who really spoke, even when
the analysis kept two forms of one name apart ("Ms Dunmore" and "Helen Dunmore")."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.options import capitalised
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.words.lexicon import fold
from tests.draft.readings import quoted_analysis

TEXT = (
    '"The bridge will open in May," Helen Dunmore said.\n\n'
    '"We have the money," Ms Dunmore added.\n\n'
    '"Those dates are a dream," Paul Ostrander said.\n\n'
    '"Nobody checked the costs," Rita Vance said.\n\n'
    '"The budget doubled," Ostrander said.'
)


def _said(quote: str, speaker: str) -> Attribution:
    start = TEXT.index(quote)
    return Attribution(
        (start, start + len(quote)), None, None, speaker, None, "direct", "named", None, 0.9
    )


def _analysis() -> Analysis:
    quotes = [
        ("The bridge will open in May,", "Helen Dunmore"),
        ("We have the money,", "Ms Dunmore"),
        ("Those dates are a dream,", "Paul Ostrander"),
        ("Nobody checked the costs,", "Rita Vance"),
        ("The budget doubled,", "Ostrander"),
    ]
    return Analysis("en", TEXT, tuple(_said(q, s) for q, s in quotes), (), ())


def _surname(speaker: str) -> str:
    return speaker.split()[-1]


def test_no_option_or_false_statement_names_the_real_speaker_under_another_form() -> None:
    analysis = _analysis()
    checked = 0
    for question in draft_questions(analysis):
        said = {
            a.speaker
            for a in analysis.attributions
            if analysis.passage(a.content).rstrip(",") in question["prompt"]
        }
        if not said:
            continue
        real = {_surname(s) for s in said}
        if question["type"] == "single_choice":
            wrong = [o["text"] for o in question["options"] if not o.get("correct")]
            assert not any(_surname(w) in real for w in wrong), question
            surnames = [_surname(o["text"]) for o in question["options"]]
            assert len(surnames) == len(set(surnames)), question  # one form per person
            checked += 1
        elif question["type"] == "true_false" and question["answer"] is False:
            named = {
                _surname(s) for s in ("Dunmore", "Ostrander", "Vance") if s in question["prompt"]
            }
            assert not named & real, question
            checked += 1
    assert checked


# (language, speaker with a name, a named source written without a name of the same kind,
#  two other speakers, those of them of the other kind: person or body)
ONE_BODY = [
    ("fr", "UFC-Que Choisir", "l'association", ["Anne Morel", "la SNCF"], ["Anne Morel"]),
    ("fr", "Paul Roux", "le maire", ["Anne Morel", "la préfecture"], ["la préfecture"]),
    ("fr", "Agence régionale de santé", "l’agence", ["Luc Martin", "la SNCF"], ["Luc Martin"]),
    ("en", "the Independent Police Conduct Authority", "the police watchdog",
     ["Sarah Jones", "Tom Reed"], ["Sarah Jones", "Tom Reed"]),
    ("en", "Helen Dunmore", "the mayor", ["Sarah Jones", "the council"],
     ["the council"]),
    # teacher15: a capital in the complement only names the body, not the person
    ("fr", "Antoine Homé", "le vice-président de l'APVF", ["Anne Morel", "la préfecture"],
     ["la préfecture"]),
    ("fr", "Paul Roux", "la directrice générale de la SNCF", ["Anne Morel", "la mairie"],
     ["la mairie"]),
    ("en", "Helen Dunmore", "the chief executive of Acme Corp", ["Sarah Jones", "the council"],
     ["the council"]),
]  # fmt: skip
QUOTES = ["Rien ne change", "Les prix montent", "Nous agirons", "Tout est prêt"]


def _one_body_analysis(language: str, speakers: list[str]) -> Analysis:
    said = [(quote, speaker, "named") for quote, speaker in zip(QUOTES, speakers, strict=True)]
    return quoted_analysis(said, language)


def _options(questions: list[dict], quote: str) -> list[str]:
    asked = [q for q in questions if q["type"] == "single_choice" and quote in q["prompt"]]
    return [o["text"] for o in asked[0]["options"]] if asked else []


@pytest.mark.parametrize(("language", "name", "described", "others", "apart"), ONE_BODY)
def test_a_named_source_written_without_its_name_is_no_wrong_option_for_one_of_its_kind(
    language: str, name: str, described: str, others: list[str], apart: list[str]
) -> None:
    """« l'association » beside « UFC-Que Choisir », "the police watchdog" beside the
    Authority: the drafter judged the description names someone, most often that other one
    (teacher14: « Qui dit … ? UFC / l'association / L'organisation de défense des
    consommateurs », all three the UFC). A person and a body stay apart."""
    questions = draft_questions(_one_body_analysis(language, [name, described, *others]))
    for quote, right, unwelcome in ((QUOTES[0], name, described), (QUOTES[1], described, name)):
        options = [fold(o) for o in _options(questions, quote)]
        assert fold(unwelcome) not in options, (right, options)
    for question in questions:  # nor the speaker of a false statement on the other's words
        if question["type"] == "true_false" and question["answer"] is False:
            prompt = fold(question["prompt"])
            assert not (QUOTES[0].lower() in prompt and fold(described) in prompt), prompt
            assert not (QUOTES[1].lower() in prompt and fold(name) in prompt), prompt
    for quote, right in zip(QUOTES[2:], others, strict=True):
        if right in apart:  # a speaker of the other kind keeps it as a wrong option
            assert fold(described) in [fold(o) for o in _options(questions, quote)], quote


def test_an_unnamed_source_stays_a_wrong_option() -> None:
    """Only a named source written without a name may be another one: « un conseiller »
    (anonymous) or « certains élus » (vague) is someone else."""
    said = [
        ("Rien ne change", "Paul Roux", "named"),
        ("Les prix montent", "un conseiller municipal", "anonymous"),
        ("Nous agirons", "certains élus", "vague"),
        ("Tout est prêt", "Anne Morel", "named"),
    ]
    options = _options(draft_questions(quoted_analysis(said)), "Rien ne change")
    assert {"Un conseiller municipal", "Certains élus", "Anne Morel"} <= set(options)


def test_a_statement_without_enough_wrong_options_is_asked_as_true_or_false() -> None:
    """Its speakers all one body under three forms, an article has no "who said this?" to ask
    on its words: they are judged true or false instead, not left unasked."""
    said = [
        ("Rien ne change", "UFC-Que Choisir", "named"),
        ("Les prix montent", "l'association", "named"),
        ("Nous agirons", "l'organisation de défense des consommateurs", "named"),
        ("Tout est prêt", "Paul Roux", "named"),
    ]
    questions = draft_questions(quoted_analysis(said))
    statements = [q for q in questions if q["type"] == "true_false"]
    asked = [q for q in statements if "Rien ne change" in q["prompt"]]
    assert asked and not _options(questions, "Rien ne change")


@pytest.mark.parametrize(
    ("language", "described"),
    [("fr", "le porte-parole de Jean Castex"), ("en", "the spokesman for Keir Starmer")],
)
def test_a_description_naming_a_person_in_its_complement_stays_a_wrong_option(
    language: str, described: str
) -> None:
    """« le porte-parole de Jean Castex » is not Paul Roux: a first name in the complement
    names the person it speaks for, so the description keeps its place among the options."""
    said = [
        (QUOTES[0], "Paul Roux", "named"),
        (QUOTES[1], described, "named"),
        (QUOTES[2], "Anne Morel", "named"),
        (QUOTES[3], "Luc Martin", "named"),
    ]
    options = _options(draft_questions(quoted_analysis(said, language)), QUOTES[0])
    assert capitalised(described) in options  # ui40: an option opens on a capital
