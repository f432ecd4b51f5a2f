"""The lookups that keep a long article's analysis close to linear give the same answers as
the plain scans they replace (made-up spans; no timing is asserted)."""

from __future__ import annotations

import random
import re

from quizapp.draft.speakers.met import MentionStarts, Met, Seen, mentions_after_space
from quizapp.draft.text.segment import Overlaps


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


def _plain_latest_first(seen: list[Seen], before: int | None) -> list[str]:
    kept = (s for s in reversed(seen) if before is None or s.offset < before)
    return list(dict.fromkeys(s.key for s in kept))


def test_met_gives_the_keys_latest_first_before_an_offset() -> None:
    met = Met()
    for offset, key in ((0, "a"), (10, "b"), (20, "a"), (35, "c"), (30, "b")):
        met.append(Seen(offset, key, False, 0))
    assert met.latest_first() == ["b", "c", "a"]
    assert met.latest_first(31) == ["b", "a"]  # « c » at 35 is not before 31; « b » again at 30
    assert met.latest_first(15) == ["b", "a"]  # counter-case: « a » at 20 is too late


def test_met_agrees_with_a_scan_of_every_mention() -> None:
    chance = random.Random(11)
    for _ in range(300):
        met, plain, offset = Met(), [], 0
        for sentence in range(chance.randint(0, 25)):
            offset += chance.randint(-8, 15)  # nearly in text order, not always
            seen = Seen(offset, chance.choice("abcdef"), False, sentence)
            met.append(seen)
            plain.append(seen)
            before = chance.choice([None, offset - chance.randint(-5, 40)])
            assert met.latest_first(before) == _plain_latest_first(plain, before)


def test_mention_starts_finds_the_mentions_within_a_span_as_they_grow() -> None:
    chance = random.Random(13)
    index = MentionStarts()
    for _ in range(200):
        mentions: list[tuple[int, int]] = []
        for _ in range(chance.randint(0, 15)):
            start = chance.randint(0, 80)
            mentions.append((start, start + chance.randint(0, 12)))
            span = (chance.randint(0, 80), chance.randint(0, 100))
            expected = [m for m in mentions if span[0] <= m[0] and m[1] <= span[1]]
            assert index.within(mentions, span) == expected


def test_names_are_found_after_a_space_as_one_search_per_name_finds_them() -> None:
    text = " Jean Dupont et jean dupont, M. Dupont-Moreau ; Dupont Dupont Dupont.\nDUPONT JeanX"
    names = ["Dupont", "Jean Dupont", "Dupont Dupont", "Jean", "Moreau", "Du"]
    found = mentions_after_space(text, names)
    for name in names:
        plain = re.finditer(rf"(?<=\s){re.escape(name)}\b", text, re.IGNORECASE)
        assert found[name] == [m.start() for m in plain]
    assert found["Moreau"] == []  # counter-case: after a hyphen, not a space
