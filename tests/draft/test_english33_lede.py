"""english33: a lede whose source closes it ("…, according to a hospital boss.", "…, said a
hospital boss.") is as much the lede's subject as one opening it, and the person it describes
may be named up to three paragraphs after it (made-up articles)."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

HEADLINE = "Hospital defends strike exemption"
FILLER = "The strike lasted four days and ended on Friday."
NAMING = '"We acted in good faith," said Eugine Yafele.'


def _speaker_of(text: str, words: str) -> tuple[str, str]:
    found = finding_holding(text, words, "en")
    return found.speaker, found.label


@pytest.mark.parametrize(
    "lede",
    [
        "The team would never mislead unions, according to a hospital boss.",
        "The team would never mislead unions, said a hospital boss.",
    ],
)
def test_a_source_closing_the_lede_is_named_next(lede: str) -> None:
    text = f"{HEADLINE}\n\n{lede}\n\n{FILLER}\n\n{NAMING}\n"
    assert _speaker_of(text, "never mislead") == ("Eugine Yafele", "named")


def test_the_name_three_paragraphs_on() -> None:
    """Two paragraphs of background between the lede and the name."""
    lede = "A hospital boss said his team would never mislead unions."
    text = f"{HEADLINE}\n\n{lede}\n\n{FILLER}\n\n{FILLER}\n\n{NAMING}\n"
    assert _speaker_of(text, "never mislead") == ("Eugine Yafele", "named")


def test_another_title_closing_the_lede_stays_a_description() -> None:
    """Counter-case (mend33c): the description is the source closing the lede, the one named
    next holds another title (the other side of the story): not the description's name."""
    lede = "The team would never mislead unions, according to a hospital boss."
    naming = '"We will strike again," said union leader Mary Jones.'
    text = f"{HEADLINE}\n\n{lede}\n\n{FILLER}\n\n{naming}\n"
    assert _speaker_of(text, "never mislead") == ("a hospital boss", "anonymous")
