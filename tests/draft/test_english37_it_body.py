"""english37: the "it" nothing else took up stands for a body whose noun comes after one or
two lower-case nouns, opening the sentence before ("The parish council … . It said…"), as
for "The council"; a verb before any body noun stops it. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The parish council met on Monday. It said the hall would reopen.", "The parish council"),
        ("The water board wrote to homes. It said the pipes would be fixed.", "The water board"),
    ],
)
def test_it_takes_up_the_body(text: str, speaker: str) -> None:
    assert [s for s, _ in speaker_label(text, "en")] == [speaker]


def test_a_verb_before_the_noun_stops_it() -> None:
    text = "The plan angered council staff. It said costs would fall."
    assert [s for s, _ in speaker_label(text, "en")] != ["The plan angered council"]
