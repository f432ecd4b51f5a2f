"""Passages typed with French spacing, other quotes or three dots pass the validator, and the
same function places them for scoring and highlighting."""

from __future__ import annotations

from pathlib import Path

from quizapp.engine.scoring import locate_hits
from quizapp.model.text import find_passage
from quizapp.sets.loader import load_set

SET = Path(__file__).parent.parent / "data" / "typing" / "french-spacing.quiz.yaml"


def test_typing_differences_are_not_reported() -> None:
    quiz = load_set(SET)
    text = quiz.article.text
    spans = [find_passage(text, passage) for passage in quiz.questions[0].evidence]
    assert [text[start:end] for start, end in spans] == [
        "s’était «largement emballé»",
        "l’unanimité : personne n’a voté contre !",
        "Et après… plus rien.",
    ]


def test_scoring_places_a_locate_answer_typed_with_french_spacing() -> None:
    quiz = load_set(SET)
    text = quiz.article.text
    start = text.index("«largement")
    assert locate_hits(quiz.questions[1], (start, start + len("«largement emballé»")), text)
    assert not locate_hits(quiz.questions[1], (0, 20), text)
