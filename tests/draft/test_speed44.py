"""speed44: lookups that replaced walks give the walks' answers. Each new name is imported inside
its test, so that on the round's start (682037c0) those tests fail alone."""

from __future__ import annotations

import re

import pytest

from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("text", "at", "opens"),
    [
        ("May said so", 0, True),
        ("It was May. May said", 12, True),
        ("in early May it fell", 9, False),
        ("a deadline: \u00a0 May 22", 14, True),
        ("(May 22) ", 1, True),
        ("« May is", 2, True),
    ],
)
def test_a_word_opens_a_sentence_after_a_stop_or_a_mark(text: str, at: int, opens: bool) -> None:
    from quizapp.draft.claims import _opens_sentence

    searched = re.search(r"(?:^|[.!?:«“\"(]\s*)$", text[:at].rstrip()) is not None  # as before
    assert _opens_sentence(text, at) is opens is searched


def test_a_name_inside_a_sentence_is_no_listed_word() -> None:
    from quizapp.draft.claims import _names_only

    assert _names_only("The talks end in early May, officials said.") == {"may"}
    assert _names_only("May the talks end soon, officials said.") == set()


@pytest.mark.parametrize(
    ("folded", "starts"),
    [("l' une des", True), ("l' une", True), ("l' unité", False), ("une source", False)],
)
def test_a_phrase_opens_on_an_entry_followed_by_a_space(folded: str, starts: bool) -> None:
    from quizapp.draft.sources.label_order import _starts_with

    entries = ["l'une", "un des"]
    walked = any(folded == e or folded.startswith(e + " ") for e in ["l' une", "un des"])
    assert _starts_with(folded, entries) is starts is walked


@pytest.mark.parametrize("phrase", ["called for", "recalled for", "for", "she called", ""])
def test_an_ending_of_any_length_is_found_as_endswith_finds_it(phrase: str) -> None:
    from quizapp.draft.shapes.detect.object_verb import _ends_with_one

    lex = load("en")
    walked = any(phrase.endswith(p) for p in lex.word_set("object_phrase_cues"))
    assert _ends_with_one(phrase, lex) is walked


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("« Il a dit « non » hier », dit-il.", [(0, 25)]),
        ("“Not now,” he said. “Later.”", [(0, 10), (20, 28)]),
        ('"Mon voisin me dit "ferme" mais non", raconte X', [(0, 36)]),
        ("« un reconfinement imminent« . Puis", [(0, 28)]),
    ],
)
def test_quotations_close_past_the_marks_read(text: str, spans: list[tuple[int, int]]) -> None:
    """The closing mark is found by jumping from mark to mark, nested ones counted."""
    assert quotations(text, [(0, len(text))]) == spans
