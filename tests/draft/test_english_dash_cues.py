"""A closing cue after a spaced dash (made-up sentences): "… — with a framework trading hands —
sources tell CTV News." reports the clause before it, the aside included, as a comma would,
after any kind of subject and tense; a dash before a noun phrase with no verb of saying is
nothing said."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label

CLAUSE = "The two sides have stepped up their talks in recent weeks"
ASIDE = " — with a draft trading hands between them"


@pytest.mark.parametrize(
    ("closing", "label"),
    [
        ("sources tell CTV News", "vague"),
        ("a senior official said", "anonymous"),
        ("two officials have said", "anonymous"),
        ("the ministry says", "named"),
    ],
)
@pytest.mark.parametrize("aside", ["", ASIDE], ids=["one dash", "dash aside"])
def test_a_cue_after_a_dash_reports_the_clause_before(closing: str, label: str, aside: str) -> None:
    [(content, _cue, got)] = content_cue_label(f"{CLAUSE}{aside} — {closing}.")
    assert content == CLAUSE + aside and got == label


@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_en_dash_closes_the_clause_too(dash: str) -> None:
    [(content, cue, _label)] = content_cue_label(f"{CLAUSE} {dash} officials said.")
    assert content == CLAUSE and cue == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "He left the town — the place where he was born.",
        "The board met on Monday — a long and quiet meeting.",
    ],
)
def test_a_dash_before_a_noun_phrase_says_nothing(sentence: str) -> None:
    assert content_cue_label(sentence) == []
