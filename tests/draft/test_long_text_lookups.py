"""The lookups that keep a long article's analysis close to linear give the same answers as
the plain scans they replace (made-up spans; no timing is asserted)."""

from __future__ import annotations

import random

from quizapp.draft.segment import Overlaps


def test_overlaps_finds_the_spans_that_cross_a_passage_in_their_own_order() -> None:
    spans = [(40, 60), (0, 100), (10, 20), (70, 80)]  # one long quotation holds others
    index = Overlaps(spans)
    assert index.within(15, 45) == [(40, 60), (0, 100), (10, 20)]
    assert index.within(60, 70) == [(0, 100)]  # touching is not crossing
    assert Overlaps([(10, 20)]).within(20, 30) == []  # counter-case: ends where it starts


def test_overlaps_agrees_with_a_scan_of_every_span() -> None:
    chance = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(chance.randint(0, 12)):
            start = chance.randint(0, 60)
            spans.append((start, start + chance.randint(0, 20)))
        index = Overlaps(spans)
        for _ in range(10):
            start = chance.randint(-2, 80)
            end = start + chance.randint(0, 25)
            assert index.within(start, end) == [s for s in spans if s[0] < end and s[1] > start]
