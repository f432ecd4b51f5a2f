"""An English subject with the time written between it and its verb (made-up sentences):
"Apple in March 2010 said…", "The ministry last year said…", "Two officials this week
said…" speak as the subject alone; a place after the subject stays in it ("Residents in the
area said…")."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, said


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Apple in March 2010 said the phones were safe to use.", "Apple"),
        ("The Transport Ministry last year said fares would rise.", "The Transport Ministry"),
        ("Two senior officials this week said the talks had stalled.", "Two senior officials"),
        ("Acme Corp on Monday said its profits had doubled.", "Acme Corp"),
    ],
)
def test_the_time_is_no_part_of_the_subject(sentence: str, source: str) -> None:
    [(_content, found)] = said(sentence)
    assert found == source


def test_a_named_subject_with_its_time_stays_named() -> None:
    [(_content, speaker, label)] = content_speaker_label(
        "Apple in March 2010 called on the regulator to investigate the rival firm.", "en"
    )
    assert (speaker, label) == ("Apple", "named")


def test_a_place_after_the_subject_stays_in_it() -> None:
    """Counter-case: "in the area" writes no time."""
    [(_content, found)] = said("Residents in the area said the road was unsafe.")
    assert found == "Residents in the area"
