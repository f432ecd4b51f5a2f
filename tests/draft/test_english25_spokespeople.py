"""English spokespeople are named (issue 15: a spokesperson of a named organisation): the
head of "a Department of Transport spokeswoman" is the spokeswoman, not the name's first
noun; a dash aside after the speaker is no part of it; "a spokesperson for the school" speaks
for a body the article knows. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft.sources.reading import read_source
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "Roads were shut. A Riverside Fire and Rescue Service spokeswoman said crews were there.",
        "Trains were late. A Department of Transport spokesman said the line would reopen.",
    ],
)
def test_a_spokesperson_after_a_name_with_links_is_named(text: str) -> None:
    assert [label for _, label in speaker_label(text, "en")] == ["named"]


def test_a_dash_aside_after_a_spokesperson_is_no_part_of_it() -> None:
    text = (
        "Pupils were sent home. A Greenfield Academy spokesperson - which is part of the Oak "
        "Trust - said the rules were clear."
    )
    assert speaker_label(text, "en") == [("Greenfield Academy", "named")]


@pytest.mark.parametrize(
    "text",
    [
        "Greenfield School closed on Monday. A spokesperson for the school said it was sorry.",
        "Acme Foods shut its plant. A spokesman for the firm said 40 jobs would go.",
    ],
)
def test_a_spokesperson_for_a_definite_body_is_named(text: str) -> None:
    assert [label for _, label in speaker_label(text, "en")] == ["named"]


def test_a_spokesperson_for_an_indefinite_body_stays_anonymous() -> None:
    """Counter-case: "a local firm" is no body anyone can name."""
    text = "A spokesperson for a local firm said the work would take a year."
    assert [label for _, label in speaker_label(text, "en")] == ["anonymous"]


def test_a_dash_aside_is_cut_from_the_speaker() -> None:
    text = "The bus hit a wall. The driver - a mother of two - said she had not seen the sign."
    assert speaker_label(text, "en") == [("The driver", "anonymous")]


def test_a_name_in_apposition_after_a_dash_is_kept() -> None:
    """Counter-case: a capital after the dash names who speaks."""
    text = "The strike goes on. Their leader – Jo Bloggs – said the talks had failed."
    assert speaker_label(text, "en") == [("Jo Bloggs", "named")]


def test_a_name_closing_the_phrase_keeps_its_first_noun_as_head() -> None:
    """Counter-case: "the Mayor of Riverton" is a mayor; only a name standing before a
    lower-case noun has its links read through."""
    assert read_source("the Mayor of Riverton", load("en"), True).head == "mayor"
    assert read_source("a Department of Transport official", load("en"), True).head == "official"
