"""The evaluation corpus is well formed and the scoring counts what it says it counts.

Scores themselves are not asserted here (benchmarks/bench_draft.py prints them): only that
every key passage is in its article, and that one-to-one matching and speaker comparison
behave on small hand-made cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from draft_eval import CorpusError, corpus, locate, match, same_speaker


def test_every_key_loads_and_the_corpus_has_its_size() -> None:
    articles = corpus()
    languages = [a.language for a in articles]
    assert languages.count("fr") >= 8 and languages.count("en") >= 4
    assert all(a.attributions for a in articles)
    assert {"dev", "heldout"} <= {a.split for a in articles} <= {"dev", "heldout", "test"}


def test_a_missing_passage_is_reported() -> None:
    with pytest.raises(CorpusError, match="not in the article"):
        locate("un texte", "absent", "key")
    assert locate("a b a", ["a", 2], "key") == (4, 5)


def test_matching_is_one_to_one_and_respects_the_threshold() -> None:
    key = [(0, 10), (20, 30)]
    found = [(0, 30)]  # covers both keys, but may match only one
    assert len(match(found, key, 0.3)) == 1
    assert match([(0, 2)], key, 0.3) == []  # 20 % of the first key
    assert match([(0, 4)], key, 0.3) == [(0, 0)]


def test_equal_coverage_goes_to_the_agreeing_speakers_first() -> None:
    # « X a dit que …, a indiqué le journal »: two findings and two keys over the same words
    found, key = [(0, 10), (0, 10)], [(0, 10), (0, 10)]
    speakers_found, speakers_key = ["le journal", "X"], ["X", "le journal"]
    pairs = match(found, key, 0.3, lambda i, j: speakers_found[i] == speakers_key[j])
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert sorted(match(found, key, 0.3)) == [(0, 0), (1, 1)]  # order alone decides
    # agreement never outweighs coverage: the better-covering finding keeps its key
    assert match([(0, 10), (0, 5)], [(0, 10)], 0.3, lambda i, j: i == 1) == [(0, 0)]


def test_speaker_comparison() -> None:
    assert same_speaker("Elon Musk", "Musk")
    assert same_speaker(
        "Un fonctionnaire de la Maison-Blanche", "un fonctionnaire de la Maison-Blanche"
    )
    assert not same_speaker("Donald Trump", "Elon Musk")
    assert not same_speaker("Un fonctionnaire", "Un autre républicain")
