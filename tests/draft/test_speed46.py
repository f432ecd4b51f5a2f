"""speed46: patterns of an article's words kept per process or not compiled at all give the
answers of the searches they replaced. Two tests fail before speed46 (e494ca49): the kept
pattern, and the set-out quotation that compiles nothing. The other eight (a word written
whole, seven texts; a quotation said again later) are guards of equivalence: they pass before
and after, holding the new code to the old answers (review 46)."""

from __future__ import annotations

import re

import pytest

from quizapp.draft.findings import Attribution


def test_a_kept_pattern_is_compiled_once_and_reads_as_re_compile() -> None:
    from quizapp.draft.text.word_patterns import kept_pattern

    first = kept_pattern(r"\bmaire\s+$", re.IGNORECASE)
    assert kept_pattern(r"\bmaire\s+$", re.IGNORECASE) is first
    assert first.pattern == r"\bmaire\s+$" and first.flags == re.compile("", re.I).flags
    assert first.search("le MAIRE ") and not first.search("le maire X")
    assert kept_pattern(r"\bmaire\s+$") is not first  # another flag, another pattern


_TEXTS = [
    "Renault ferme son usine de Flins.",
    "Le vendor_id reste, vendor seul aussi",
    "Software vendor blames…",
    "L'Élysée, l'élysée et Élyséens",
    "C3PO et R2 : 2024, x2024",
    "-Paris- et « Paris »",
    "",
]
_WORDS = [
    ["Renault"],
    ["vendor"],
    ["usine", "Flins"],
    ["Élysée"],
    ["élysée", "Élysée"],
    ["2024"],
    ["R2", "C3PO"],
    ["Paris"],
    ["-Paris-"],
    ["« Paris »"],
    ["Flin"],
    ["_id"],
    [""],
    [],
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_word_written_whole_is_found_where_re_finds_it(text: str) -> None:
    from quizapp.draft.uncued.rules.headlines import _written_as_word

    for words in _WORDS:
        either = "|".join(re.escape(w) for w in words)
        expected = bool(words) and re.search(rf"\b(?:{either})\b", text) is not None
        assert _written_as_word(words, text) == expected, (words, text)


def _said(start: int, end: int, speaker: str, cue: tuple[int, int] | None) -> Attribution:
    return Attribution((start, end), cue, None, speaker, None, "direct", "named", None, 0.9)


_SET_OUT = "« J'ai peur pour la pêche de demain »\nPaul, pêcheur, confie : "
_LATER = "« Il y a trente ans déjà… J'ai peur pour la pêche de demain, vraiment. »"


def test_a_set_out_quotation_with_no_finding_after_it_compiles_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quizapp.draft.uncued.rules import runs

    def no_search(*args: object, **kwargs: object) -> None:
        raise AssertionError("searched")

    text = _SET_OUT
    alone = _said(0, 37, "", None)
    monkeypatch.setattr(runs, "_places_said", no_search)
    assert runs._quoted_again([alone], text) == {}


def test_a_set_out_quotation_said_again_later_is_still_that_speakers() -> None:
    from quizapp.draft.uncued.rules.runs import _quoted_again

    text = _SET_OUT + _LATER
    alone = _said(0, 37, "", None)
    later = _said(len(_SET_OUT), len(text), "Paul", (len(_SET_OUT) - 9, len(_SET_OUT) - 3))
    assert _quoted_again([alone, later], text) == {0: later}
