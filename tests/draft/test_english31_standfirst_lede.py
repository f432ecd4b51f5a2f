"""english31: a standfirst under the headline (a short line with no closing stop, "Kent chief
constable says force is in a storm") is no lede: the lede is the paragraph after it, and a
description opening it ("A chief constable has warned…") is the person named in the two
paragraphs after that (three since english33). With no standfirst the lede is the paragraph
after the headline, as before, and a name given beyond the window still leaves the
description as it is."""

from __future__ import annotations

from tests.draft.readings import finding_holding

HEADLINE = "Police chief warns of funding gap"
STANDFIRST = "Kent chief constable says force is in a storm"
LEDE = 'A chief constable has warned that more cuts are pushing his force to a "cliff edge".'
NAMING = "The warning from Kent's chief constable, Tom Baker, came after staff spoke out."
SPOKEN = '"We are in the middle of a perfect storm," said Baker.'
FILLER = "The force lost funding for 63 officers last year."


def _speaker_of(text: str) -> str:
    return finding_holding(text, "more cuts", "en").speaker


def test_the_lede_under_a_standfirst_is_named_next() -> None:
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEDE}\n\n{NAMING}\n\n{SPOKEN}\n"
    assert _speaker_of(text) == "Tom Baker"


def test_the_lede_with_no_standfirst_is_named_next() -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{NAMING}\n\n{SPOKEN}\n"
    assert _speaker_of(text) == "Tom Baker"


def test_a_name_beyond_the_window_leaves_the_description() -> None:
    """The window is three paragraphs since english33 (two before): three fillers pass it."""
    filler = f"{FILLER}\n\n" * 3
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEDE}\n\n{filler}{NAMING}\n\n{SPOKEN}\n"
    assert _speaker_of(text) == "A chief constable"
