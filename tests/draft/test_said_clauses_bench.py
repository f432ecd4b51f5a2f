"""The clause-level reader measured in benchmarks/ (not part of the app, docs/drafting.md
"Forty-sixth round: clause46"): a reporting verb the rules did not use becomes a candidate
with its object as content and its subject as speaker, a verb the rules used does not, and
reading an article for training leaves the rules' findings and the reader's class as they were;
the stand-in is scored once per L2 setting, each printed, the kept one marked (mend46d)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from draft_eval import Article
from train_said_clauses import main, read

from quizapp.draft import analyze
from quizapp.draft.pipeline import reader as reader_module


def _read(text: str):
    return read(Article("made-up", "fr", "dev", text, [], []))


def _contents(text: str) -> list[str]:
    return [text[c.attribution.content[0] : c.attribution.content[1]] for c in _read(text).clauses]


def test_an_unused_verb_with_a_noun_phrase_object_is_a_candidate() -> None:
    text = "Le maire Jean Dupont encense les qualités du nouveau port de plaisance."
    item = _read(text)
    assert _contents(text) == ["les qualités du nouveau port de plaisance"]
    clause = item.clauses[0]
    assert clause.attribution.speaker == "Jean Dupont"
    assert {"lemma:encenser", "obj:bare", "subj:office", "rules:none"} <= clause.features


def test_an_infinitive_after_a_wish_verb_is_the_content() -> None:
    text = "La présidente Marie Durand souhaite rénover la salle des fêtes avant l'été."
    assert _contents(text) == ["rénover la salle des fêtes avant l'été"]


def test_a_verb_the_rules_used_gives_no_candidate() -> None:
    assert _read("Le maire Jean Dupont a déclaré que le port restera ouvert.").clauses == []


def test_reading_keeps_the_rules_findings_and_the_reader() -> None:
    text = (
        "Le maire Jean Dupont encense les qualités du port. « Tout ira bien », assure-t-il. "
        "Il évoque la présence de nouveaux bateaux."
    )
    assert _read(text).analysis.attributions == analyze(text, "fr").attributions
    assert "_with_body_rules" not in vars(reader_module.ArticleReader)


def test_the_stand_in_is_scored_once_per_setting_and_the_kept_one_marked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [
        "Le maire Jean Dupont encense les qualités du nouveau port de plaisance.",
        "La présidente Marie Durand souhaite rénover la salle des fêtes avant l'été.",
        "Le directeur Paul Martin annonce la fermeture de la piscine municipale.",
    ]
    reads = []
    for n, (text, tag) in enumerate(zip(texts, ("blind", "rest", "stand-in"), strict=True)):
        item = _read(text)
        item.tag, item.fold = tag, n
        reads.append(item)
    cache = tmp_path / "reads.pkl"
    cache.write_bytes(pickle.dumps(reads))
    argv = ["train_said_clauses.py", "--cache", str(cache), "--l2", "0.01", "0.003"]
    monkeypatch.setattr(sys, "argv", argv)
    main()
    printed = capsys.readouterr().out
    assert printed.count("stand-in, rules + clauses:") == 2
    assert "  l2=0.01 threshold None" in printed and "  l2=0.003 threshold None" in printed
    assert printed.count("(kept out of fold)") == 1 and printed.count("(not kept)") == 1
