"""adverbs38: an adverb or a connective that opens a sentence before its comma is never who
speaks. A verb right after it has its subject after it (« Surtout, dit X, « … » »), and a
participle shares the subject after it (« Rapidement, X rappelle…, disant… »)."""

from __future__ import annotations

import pytest

from quizapp.draft.analysis import analyze
from quizapp.draft.clause.subjects.clause_bounds import fronted_adverb
from quizapp.draft.words.lexicon import load


def _said(text: str, language: str = "fr") -> list[tuple[str | None, str]]:
    found = analyze(text, language).attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize("opening", ["Surtout", "Heureusement", "Ensuite"])
def test_inverted_verb_after_a_fronted_adverb(opening: str) -> None:
    text = f"{opening}, dit Lucie Marchal, « le chantier reprendra au printemps prochain »."
    assert _said(text) == [("Lucie Marchal", "le chantier reprendra au printemps prochain")]


def test_participle_shares_the_subject_after_the_adverb() -> None:
    text = "Rapidement, Lucie Marchal évoque le budget, disant vouloir une rallonge pour l'école."
    assert [speaker for speaker, _ in _said(text)] == ["Lucie Marchal"]


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Surtout", "fr", True),
        ("Rapidement", "fr", True),
        ("Clément", "fr", False),
        ("Meanwhile", "en", True),
        ("Separately", "en", True),
        ("Emily", "en", False),
    ],
)
def test_fronted_adverb_words(word: str, language: str, expected: bool) -> None:
    assert fronted_adverb(word, load(language)) is expected


def test_english_inverted_verb_before_a_quotation() -> None:
    text = 'Later, said Paul Roche, "we must act fast on this file."'
    assert _said(text, "en") == [("Paul Roche", "we must act fast on this file.")]
