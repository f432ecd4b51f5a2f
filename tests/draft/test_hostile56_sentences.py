"""A sentence of many cues inside the 2,000-character bound costs about linear work
(hostile56): each « selon »'s source phrase is read once, not once per later « selon », and
which quotations hold what was said is worked out once per sentence, not once per cue. Each
test counts steps on a sentence four times longer; none asserts a time."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.shapes.according import according_phrase
from quizapp.draft.shapes.detect.view import SentenceView


def _selon_run(count: int) -> str:
    """One sentence of ``count`` « selon X, » and a claim closing it."""
    names = [f"Bo{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}ra" for n in range(count)]
    return " ".join(f"selon {name}," for name in names) + " la route sera rouverte."


def _phrases_read(monkeypatch, count: int) -> int:
    """How many times the source phrases of a run of ``count`` « selon » are worked out."""
    tally = [0]
    real = according_phrase._unstopped

    def counted(*args, **kwargs):
        tally[0] += 1
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(according_phrase, "_unstopped", counted)
        analyze(_selon_run(count), "fr")
    return tally[0]


def test_source_phrases_read_once_per_selon(monkeypatch) -> None:
    short, long = _phrases_read(monkeypatch, 10), _phrases_read(monkeypatch, 40)
    assert short > 0
    assert long < 6 * short  # about x4; each earlier « selon » asked again: x14 before


def _unended_quotes(count: int) -> str:
    """One sentence of ``count`` « …, a dit X, » with no full stop."""
    names = [f"Da{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}mo" for n in range(count)]
    return " ".join(f"« bon jour, a dit {name}, »" for name in names)


def _quotations_weighed(monkeypatch, count: int) -> int:
    """How many times a quotation of ``count`` is weighed against its whole sentence."""
    tally = [0]
    real = SentenceView._alone

    def counted(self, quote):
        tally[0] += 1
        return real(self, quote)

    with monkeypatch.context() as patch:
        patch.setattr(SentenceView, "_alone", counted)
        analyze(_unended_quotes(count), "fr")
    return tally[0]


def test_quotations_weighed_once_per_sentence(monkeypatch) -> None:
    short, long = _quotations_weighed(monkeypatch, 8), _quotations_weighed(monkeypatch, 32)
    assert short > 0
    assert long < 6 * short  # about x4; once per cue: x16 before


def test_a_sentence_of_selon_still_reads_each_source() -> None:
    found = analyze("Selon le maire, la route sera rouverte lundi, selon la préfecture.", "fr")
    assert found.attributions  # the counter-case: the memo keeps what each « selon » reads
