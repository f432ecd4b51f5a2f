"""The bench's speaker comparison: identical speakers agree even when every word of them is
an article ("L'une" and "L’une")."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from draft_eval import same_speaker


def test_identical_speakers_made_of_articles_agree() -> None:
    assert same_speaker("L'une", "L’une")
    assert not same_speaker("L'une", "L'autre")
    assert same_speaker("Musk", "Elon Musk")


def test_speakers_written_with_and_without_accents_agree() -> None:
    assert same_speaker("Elysée", "L'Élysée")
    assert same_speaker("Etat islamique", "l'État islamique")
    assert not same_speaker("Elysée", "Matignon")


def test_a_key_with_no_speaker_agrees_only_with_a_finding_with_none() -> None:
    assert same_speaker(None, None)
    assert same_speaker("", None)
    assert not same_speaker("on", None)
    assert not same_speaker(None, "Elon Musk")


def test_a_speaker_inside_another_counts_by_whole_words_only() -> None:
    # nobody49: « il » agreed with « des milliers de manifestants » through the letters of
    # « milliers »; a speaker held inside another is held word for word, never inside a word.
    assert not same_speaker("il", "des milliers de manifestants")
    assert same_speaker("le maire", "Jean Dupont, le maire")
    assert not same_speaker("Marc", "Marcel Dupuis")
