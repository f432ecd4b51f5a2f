"""The French cue finder skips the words no cue starts on (cue_forms.verb_forms.french_openers,
four words in five) without running its stages on them. That list is kept by hand: a new stage
whose cue starts on a word of another kind would be skipped in silence. Running the drafter over
every French corpus article with and without the filter catches it, and names the finding lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from draft_eval import corpus

from quizapp.draft import analyze
from quizapp.draft.reporting import cues


class _EveryWord:
    """Stands for the openers when the filter is off: every word may open a cue."""

    def __contains__(self, word: object) -> bool:
        return True


def _findings(text: str) -> list[tuple]:
    analysis = analyze(text, language="fr")
    return [(a.content, a.cue, a.speaker, a.kind, a.label) for a in analysis.attributions]


def test_the_opener_filter_drops_no_french_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [a.text for a in corpus() if a.language == "fr"]
    filtered = [_findings(text) for text in texts]
    monkeypatch.setattr(cues, "french_openers", lambda lex: _EveryWord())
    for text, with_filter in zip(texts, filtered, strict=True):
        without_filter = _findings(text)
        lost = [f for f in without_filter if f not in with_filter]
        assert not lost, f"a cue starts on a word french_openers lacks: {lost[:1]} in {text[:60]!r}"
