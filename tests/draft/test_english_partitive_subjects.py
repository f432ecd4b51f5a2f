"""English plural subjects that open on a quantifier and a long complement (made-up
sentences): "Many of those displaced by the so-called superstorm say…", "Several of the
families living near the plant believe…" — the base form after them is a verb (a link up to
eight words back, hyphenated words allowed; a quantifier of lexicon vague_determiners heads
the subject); not a plural inside an object ("he heard residents of the area complain")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Many of those displaced by the so-called superstorm say they are stuck in limbo.",
            "they are stuck in limbo",
            "Many of those displaced by the so-called superstorm",
        ),
        (
            "Several of the families living near the old plant believe the water is unsafe.",
            "the water is unsafe",
            "Several of the families living near the old plant",
        ),
    ],
)
def test_a_quantified_subject_with_its_complement(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


def test_a_plural_inside_an_object_says_nothing() -> None:
    assert said("He had heard many residents of the old quarter complain about the noise.") == []
