"""Hostile articles (hostile55): a sentence of the whole text is cut into pieces of bounded
length, and a run of final marks is read once, so the work stays linear in the text. No
timing is asserted: the tests count pieces, characters scanned, and read a pattern's shape."""

from __future__ import annotations

import re

from quizapp.draft import analyze
from quizapp.draft.analysis import sentence_stops
from quizapp.draft.text import segment
from quizapp.draft.text.bounded import MAX_SENTENCE_CHARS, bounded
from quizapp.draft.words.lexicon import load


def _sentences(text: str) -> list[tuple[int, int]]:
    return segment.sentences(text, (0, len(text)), [], sentence_stops(load("fr")))


def test_a_sentence_with_no_end_is_cut_into_bounded_pieces_at_its_commas() -> None:
    text = ", ".join(f"la commune numéro {n} attend toujours sa subvention" for n in range(200))
    cuts = _sentences(text + ".")
    assert len(cuts) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in cuts)
    assert all(text[end - 1] == "," for _, end in cuts[:-1])  # each piece closes on a comma
    assert " ".join(text[s:e] if e <= len(text) else text[s:] + "." for s, e in cuts) == text + "."


def test_a_sentence_with_no_punctuation_is_cut_at_a_space() -> None:
    text = " ".join(["mot"] * 3000)
    cuts = bounded(text, [(0, len(text))])
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in cuts)
    assert all(text[start] == "m" and text[end - 1] == "t" for start, end in cuts)


def test_real_sentences_are_left_whole() -> None:  # counter-case: the corpus's longest is 983
    text = "« " + " ".join(["Nous voulons une école"] * 60) + " », a dit le maire."
    assert len(text) < MAX_SENTENCE_CHARS
    assert _sentences(text) == [(0, len(text))]


def test_a_run_of_final_marks_is_read_from_its_first_mark_whole() -> None:
    # ``[.!?…]+`` retried every shorter run at every mark: quadratic in a run of dots
    assert segment._SENTENCE_END.pattern.startswith(r"(?<![.!?…])[.!?…]++")
    text = "Il a dit" + "." * 5000 + " fin. Le maire ?! Oui… « Non. » Demain."
    ends = [m.end() for m in segment._SENTENCE_END.finditer(text)]
    first = len("Il a dit") + 5000 + len(" fin.")
    later = [text.index("?!") + 2, text.index("…") + 1, text.index("»") + 1, len(text)]
    assert ends == [first, *later]


class _Counting:
    """``segment._WORD`` counting the characters its ``findall`` scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scanned = pattern, 0

    def findall(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        end = len(text) if end is None else end
        self.scanned += max(0, end - start)
        return self.pattern.findall(text, start, end)


def _scanned(text: str, monkeypatch) -> int:
    counting = _Counting(segment._WORD)
    with monkeypatch.context() as patch:
        patch.setattr(segment, "_WORD", counting)
        analyze(text, "fr")
    return counting.scanned


def test_a_run_of_quotations_and_cues_with_no_end_is_read_in_linear_work(monkeypatch) -> None:
    def run(count: int) -> str:  # « …, a dit X, » again and again, never a full stop
        return " ".join(
            f"« la ville {n} attend encore, a dit Paul Martin{n}, »" for n in range(count)
        )

    short, long = _scanned(run(50), monkeypatch), _scanned(run(200), monkeypatch)
    assert long < 6 * short  # four times the text; it was sixteen times the words counted
