"""The probe of round 49 (benchmarks/extras49_probe.py, not part of the app): the traits it reads
on a finding without the key (where it stands, its quotation marks, the word before it, the
lexicon family of its cue) on a short hand-made article."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from extras49_probe import cue_traits, paragraphs, place, quoted, verb_families, word_before

from quizapp.draft import analyze

TEXT = (
    "Le port restera ouvert\n\n"
    "Le maire Jean Dupont a déclaré que le port restera ouvert.\n\n"
    "Les travaux\n\n"
    "« Nous tiendrons les délais », a-t-il ajouté.\n\n"
    "Selon la préfecture, le chantier coûtera deux millions."
)


def _finding(words: str):
    found = analyze(TEXT, "fr", headline="Le port restera ouvert").attributions
    return next(f for f in found if words in TEXT[f.content[0] : f.content[1]])


def test_where_a_finding_stands() -> None:
    paras = paragraphs(TEXT)
    assert place(TEXT, TEXT.index("le port restera"), paras, True) == ("lead", "notlast")
    assert place(TEXT, TEXT.index("Les travaux"), paras, True)[0] == "subhead"
    assert place(TEXT, TEXT.index("Nous tiendrons"), paras, True)[0] == "body2-3"
    assert place(TEXT, TEXT.index("le chantier"), paras, True) == ("body4+", "last")


def test_marks_and_the_word_before() -> None:
    said = _finding("Nous tiendrons")
    assert quoted(TEXT, said.content) == "whole"
    assert word_before(TEXT, said.content[0]) == "mark"
    that = _finding("le port restera")
    assert quoted(TEXT, that.content) == "none"
    assert word_before(TEXT, that.content[0]) == "que"


def test_the_cue_family() -> None:
    verbs = verb_families()
    assert cue_traits(TEXT, _finding("le port restera").cue, verbs)[0] == "déclarer"
    assert cue_traits(TEXT, _finding("Nous tiendrons").cue, verbs)[0] == "ajouter"
    assert cue_traits(TEXT, _finding("le chantier").cue, verbs) == ("selon-like", "according")
    assert cue_traits(TEXT, None, verbs) == ("none", "none")
