"""tidy57: recall56's benchmark reads a noun phrase's determiner from the lexicon as a whole
word, so the head it counts is the noun itself (« les travaux » had the head « s », « leurs
projets » « urs », « cette ouverture » « tte »), and « les Français », whose noun is no
lower-case head, makes no row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from recall56_np_objects import _head_kind, _noun_phrase

from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("les travaux du parking", "travaux"),
        ("leurs projets", "projets"),
        ("cette ouverture", "ouverture"),
        ("ces mots", "mots"),
        ("l’arrivée du préfet", "arrivée"),
        ("les Français", None),
    ],
)
def test_the_head_is_the_whole_noun(phrase: str, head: str | None) -> None:
    found = _noun_phrase(load("fr")).match(phrase)
    assert (found.group(1) if found else None) == head


def test_event_nouns_are_read_from_their_list() -> None:
    """A listed event noun, singular or plural, is an event; another noun is not."""
    assert [_head_kind(w) for w in ("travaux", "votes", "réunion", "maison")] == [
        "event",
        "event",
        "event",
        "other",
    ]
