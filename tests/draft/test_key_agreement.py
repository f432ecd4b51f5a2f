"""The second keys (tests/data/draft_second: other annotators' keys on corpus texts) load, sit
on the very texts of the corpus, and key_agreement scores one annotator against another with the
corpus rules: a key against itself agrees fully, against another annotator less or equally."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from draft_eval import CORPUS, load_article, score
from key_agreement import as_findings, same_text

SECOND = CORPUS.parent / "draft_second"


def test_every_second_key_loads_on_a_corpus_text() -> None:
    keys = sorted(SECOND.glob("*.json"))
    assert len(keys) >= 20
    for key in keys:
        assert same_text(load_article(key), load_article(CORPUS / key.name)), key.name


def test_a_key_agrees_with_itself_and_less_with_another_annotator() -> None:
    name = sorted(SECOND.glob("*.json"))[0].name
    first, second = load_article(CORPUS / name), load_article(SECOND / name)
    itself = score(first, as_findings(first), 0.3)
    assert itself.matched == itself.key == itself.found
    assert itself.speaker_right == itself.label_right == itself.matched
    other = score(first, as_findings(second), 0.3)
    assert other.matched <= min(other.key, other.found)
