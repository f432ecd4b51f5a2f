"""Where the last clause before a colon starts and which words join two people are read from
the lexicon (mend32d after review32 item 17, rules/colon_quotes): the contrast conjunctions
(« mais ») and the coordinators (« et », « ou ») are data, so a word added to those lists is
read by the rule without touching its code."""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.uncued.rules.colon_quotes import _clause_break, _joined
from quizapp.draft.words.lexicon import Lexicon, load


def _with(key: str, words: list[str]) -> Lexicon:
    """A copy of the French lexicon with the list ``key`` replaced, its caches empty."""
    lex = load("fr")
    return replace(lex, raw={**lex.raw, key: words}, cache={}, folded_lists={}, folded_sets={})


def test_the_clause_breaks_after_a_contrast_conjunction_of_the_lexicon() -> None:
    text = "Le débat s'étire mais la conseillère reste inquiète"
    assert [m.group() for m in _clause_break(load("fr")).finditer(text)] == ["mais "]
    text = "Le débat s'étire pourtant la conseillère reste inquiète"
    found = _clause_break(_with("contrast_conjunctions", ["mais", "pourtant"])).finditer(text)
    assert [m.group() for m in found] == ["pourtant "]


def test_two_people_are_joined_by_a_coordinator_of_the_lexicon() -> None:
    assert _joined(load("fr")).search("Lucie Martin et Marc Petit")
    assert not _joined(load("fr")).search("Lucie Martin ni Marc Petit")
    assert _joined(_with("coordinators", ["et", "ou", "ni"])).search("Lucie Martin ni Marc Petit")
