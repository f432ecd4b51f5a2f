"""english31: a title in -man written beside a name ("X, chairman of the forum,", "spokesman
X", lexicon ``titles_of_either_sex``) says nothing of the person's sex, as English papers give
it to women too: a "she" after it takes that person up, and a listed first name decides. A
masculine first name still goes with "he"; a description alone ("the spokesman said") keeps
its gender."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [found.speaker for found in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Morag Lyle, chairman of the area forum, was upset. "It is a blow," she said.',
            "Morag Lyle",
        ),
        (
            'Mary Lyle, chairman of the area forum, was upset. "It is a blow," she said.',
            "Mary Lyle",
        ),
        (
            'Tom Lyle, chairman of the area forum, was upset. "It is a blow," he said.',
            "Tom Lyle",
        ),
    ],
)
def test_a_title_in_man_leaves_the_sex_open(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
