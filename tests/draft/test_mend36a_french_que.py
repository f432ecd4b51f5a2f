"""mend36a: the English reading of verbs of demanding (english36, english_cue_forms/mandative)
never runs on French text: a « que » clause whose subject is inverted after a passive is
read the same with the English reading on or off. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft.reporting.english_cue_forms.mandative import mandative_verb, reads_as_mandate
from quizapp.draft.words.lexicon import load
from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Le comité de quartier demande que soient enfin réparés des trottoirs défoncés.",
            [("soient enfin réparés des trottoirs défoncés", "Le comité de quartier", "named")],
        ),
        (
            "La fédération a demandé que soient enfin versées des aides promises.",
            [("soient enfin versées des aides promises", "La fédération", "named")],
        ),
    ],
)
def test_inverted_que_clause_after_a_passive(text: str, found: list) -> None:
    assert content_speaker_label(text, "fr") == found


def test_mandative_reading_is_english_only() -> None:
    lex = load("fr")
    assert not mandative_verb(["a", "demande"], "demande", lex)
    assert not mandative_verb(["demande"], "demande", lex)
    assert reads_as_mandate(load("en"), "the council be told")
