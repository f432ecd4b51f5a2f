"""apposition55: the description of a speaker after an inserted cue is narration, never her
words (teacher55's « Left » (a)): a question quoting the piece after the cue starts past it,
with or without marks closing the first piece, and quotes the first piece when the
description ends the quotation."""

from dataclasses import replace

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.reported_words import spoken, without_incise
from quizapp.draft.words.lexicon import load
from tests.draft.readings import finding_in

_FR = (
    "Grève à l'école\n\nLes parents bloquent l'école depuis lundi.\n\n"
    "« Ça m'énerve, soupire Josiane, {desc}. Je soutiens le combat, mais pas comme ça. »"
)


def _asked(questions: object) -> str:
    """The words questions ask with, not the article passages they give as evidence."""
    if isinstance(questions, dict):
        return " ".join(_asked(v) for k, v in questions.items() if k != "evidence")
    if isinstance(questions, list):
        return " ".join(map(_asked, questions))
    return str(questions)


_FR_DESCRIPTIONS = [
    "venue déposer sa petite-fille, élève de CM2",
    "qui habite le quartier depuis trente ans",
    "43 ans, infirmière au CHU",
    "une cliente régulière",
]


@pytest.mark.parametrize("desc", _FR_DESCRIPTIONS)
def test_a_french_description_is_not_quoted_as_speech(desc: str) -> None:
    analysis = analyze(_FR.format(desc=desc), "fr")
    shown = analysis.passage(spoken(analysis, finding_in(analysis, "Ça m'énerve")))
    assert shown.startswith("Je soutiens le combat"), shown
    assert desc.split(",")[0] not in _asked(draft_questions(analysis))


def test_a_description_ending_the_quotation_leaves_the_first_piece() -> None:
    text = (
        "Grève à l'école\n\nLes parents bloquent l'école depuis lundi.\n\n"
        "« Ça m'énerve, soupire Josiane, venue déposer sa petite-fille, élève de CM2. »"
    )
    analysis = analyze(text, "fr")
    shown = analysis.passage(spoken(analysis, finding_in(analysis, "Ça m'énerve")))
    assert "venue" not in shown and "Josiane" not in shown, shown


def test_an_english_description_between_marks_is_not_quoted() -> None:
    text = (
        "School strike\n\nParents have blocked the school since Monday.\n\n"
        '"Terrible," said Mary Jones, who has lived on the street for 30 years. "I support '
        'the cause, but not like this."'
    )
    analysis = analyze(text, "en")
    shown = analysis.passage(spoken(analysis, finding_in(analysis, "Terrible")))
    assert shown.startswith("I support the cause"), shown
    assert "who has lived" not in _asked(draft_questions(analysis))


def test_the_words_resuming_after_an_incise_stay_hers() -> None:
    text = (
        "Réforme du brevet\n\n« Nous voulons, a expliqué Claire Darmon, un examen qui mesure "
        "vraiment les acquis des élèves. »"
    )
    analysis = analyze(text, "fr")
    shown = analysis.passage(spoken(analysis, finding_in(analysis, "Nous voulons")))
    assert shown.startswith("un examen qui mesure"), shown


@pytest.mark.parametrize(
    ("described", "shown"),
    [
        (
            "Le chantier, a précisé Paul Leroy, habitant du quartier, sera livré en mai.",
            "Le chantier sera livré en mai",
        ),
        (
            "Le chantier sera livré en mai, a précisé Paul Leroy, 43 ans.",
            "Le chantier sera livré en mai",
        ),
    ],
)
def test_reported_words_drop_the_description_after_their_cue(described: str, shown: str) -> None:
    said = "Le chantier, a précisé Paul Leroy lors du conseil, sera livré en mai."
    found = finding_in(analyze("Le projet\n\n" + said, "fr"), "sera livré")
    analysis = analyze("Le projet\n\n" + described, "fr")
    text = analysis.text

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    found = replace(found, content=span(described[:-1]), cue=span("a précisé"))
    found = replace(found, source=span("Paul Leroy"))  # the finding, built by hand
    words = without_incise(analysis, found, load("fr").word_set("determiners"))
    assert words == shown, words
