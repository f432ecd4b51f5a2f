"""English "hit out at" and "hit out against" (frame41, lexicon object_phrase_cues): the
phrasal verb of attack reports its object as "lashed out at" does ("Councillors hit out at
the slow pace of the works"), in every tense; not a one-word object ("hit out at critics"),
nor the literal blow ("hit the ball out of the park")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Several councillors hit out at the slow pace of the road works in the town.",
            "the slow pace of the road works in the town",
            "Several councillors",
        ),
        (
            "A parent has hit out against the school for not telling families of the change.",
            "the school for not telling families of the change",
            "A parent",
        ),
        (
            "Consumer groups are hitting out at the rise in the price of bus tickets.",
            "the rise in the price of bus tickets",
            "Consumer groups",
        ),
        (
            "The ferry union hits out at the new timetable for the winter crossings.",
            "the new timetable for the winter crossings",
            "The ferry union",
        ),
    ],
)
def test_a_hit_out_at_reports_its_object(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor hit out at critics.",
        "The batter hit the ball out of the park at the last game.",
    ],
)
def test_a_short_object_or_a_blow_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []
