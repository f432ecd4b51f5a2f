"""English "hit out at" and "hit out against" (frame41, lexicon object_phrase_cues): the
phrasal verb of attack reports its object as "lashed out at" does ("Councillors hit out at
the slow pace of the works"), in every tense; not a one-word object ("hit out at critics"),
nor a question, a condition, a plan ("are expected to hit out at") or a blow whose subject
is no person or body ("The storm hit out at sea"): mend41b, which the near misses below
test (each but the questions found something before it)."""

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
        "Did the mayor hit out at the plans for the new bypass?",
        "Why did the mayor hit out at the plans for the new bypass?",
        "If the mayor hit out at the plans for the new bypass, voters would notice.",
        "If the mayor lashed out at the plans for the new bypass, voters would notice.",
        "Councillors are expected to hit out at the plans for the new bypass on Monday.",
        "The storm hit out at sea on Tuesday night, flooding the harbour wall.",
        "Drought has hit out at farmers across the region this summer.",
        "The virus hit out at the elderly in care homes across the county.",
        "The storm lashed out at the coast on Tuesday night, flooding the harbour wall.",
    ],
)
def test_a_short_object_or_a_blow_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "And last week Apple hit back at the claims made by its rival in court.",
            "the claims made by its rival in court",
            "Apple",
        ),
        (
            "The minister has also lashed out at the decision to close the library in the village.",
            "the decision to close the library in the village",
            "The minister",
        ),
    ],
)
def test_a_name_or_a_role_still_attacks(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)
