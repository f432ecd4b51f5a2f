"""mend46b: the word patterns many modules read are written once (text/word_patterns), and a
title that says a trade is sought as written, its dot a dot. Each new name is imported inside
its test, so every test here fails on main before the mend (074f62ee); of what they check, the
module scan and « Dre » / « Dr8 » read otherwise before, the rest (the patterns' words, « Dr. »,
« Me ») are guards that the old answers stay."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import quizapp
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import load

_DRAFT = Path(quizapp.__file__).parent / "draft"


def test_the_shared_word_patterns_read_words_as_before() -> None:
    from quizapp.draft.text.word_patterns import WORD_BREAKS, WORD_FROM_LETTER, WORD_WITH_MARKS

    said = "Aujourd'hui, le porte-parole de l’État a cité 3 motifs en 2024."
    assert WORD_WITH_MARKS.findall(said)[:3] == ["Aujourd'hui", "le", "porte-parole"]
    assert "l’État" in WORD_WITH_MARKS.findall(said) and "2024" in WORD_WITH_MARKS.findall(said)
    assert WORD_FROM_LETTER.findall("le 3 mai 2024, Jean-Marc l’a dit") == [
        "le",
        "mai",
        "Jean-Marc",
        "l’a",
        "dit",
    ]
    assert WORD_BREAKS.split("l'office  d’État") == ["l", "office", "d", "État"]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("WORD_WITH_MARKS", r"[\w'’-]+"),
        ("WORD_FROM_LETTER", r"[^\W\d_][\w'’-]*"),
        ("WORD_BREAKS", r"[\s'’]+"),
    ],
)
def test_each_word_pattern_is_compiled_in_one_module_only(name: str, source: str) -> None:
    """A pattern written again in each module that reads it drifts apart in time (one module
    adds the typographic apostrophe, another not): the others import it (review 46)."""
    from quizapp.draft.text import word_patterns

    assert getattr(word_patterns, name).pattern == source
    written = f're.compile(r"{source}")'
    again = [
        path.relative_to(_DRAFT).as_posix()
        for path in sorted(_DRAFT.rglob("*.py"))
        if written in path.read_text(encoding="utf-8") and path.name != "word_patterns.py"
    ]
    assert again == []


def _titled(title: str, kind: str) -> tuple[Entity, object]:
    lex = load("fr")
    return Entity("p:tremblay", "Marie Tremblay", "named", True), replace(
        lex, raw={**lex.raw, "title_kinds": {title: kind}}, cache={}
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Selon le Dr. Marie Tremblay, rien ne change.", {"médecin"}),
        ("Selon la Dre Marie Tremblay, rien ne change.", set()),  # not « Dr. »
        ("Selon la Dr8 Marie Tremblay, rien ne change.", set()),
    ],
)
def test_a_title_with_a_dot_is_sought_with_its_dot(text: str, kinds: set[str]) -> None:
    from quizapp.draft.speakers.redescribed import _kind_of_title, _title_written

    person, lex = _titled("Dr.", "médecins")
    start = text.index("Marie")
    person.mentions.append((start, start + len("Marie Tremblay")))
    assert _kind_of_title(person, text, lex) == kinds
    assert _title_written("Dr.").pattern == re.escape("Dr.").join([r"\b", r"\s"])


def test_the_lexicons_trade_titles_are_still_found() -> None:
    from quizapp.draft.speakers.redescribed import _kind_of_title, _title_written

    text = "Il a saisi Me Paul Durand, qui plaide demain."
    person = Entity("p:durand", "Paul Durand", "named", True)
    start = text.index("Paul")
    person.mentions.append((start, start + len("Paul Durand")))
    assert _kind_of_title(person, text, load("fr")) == {"avocat"}
    assert _title_written("Mᵉ").search("Mᵉ Durand")
