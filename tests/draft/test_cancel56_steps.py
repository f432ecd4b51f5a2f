"""A drafting can be stopped between two of its steps, and says where it is (cancel56): the
analysis and the questions take a ``Steps``, asked whether to stop and told each step. Then
the questions of a long article cost about linear work: each speaker's other speakers worked
out once, a comparison of two read once per side, nothing read past what is kept. Each growth
test counts steps on an article four times longer; none asserts a time."""

from __future__ import annotations

import random

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting import questions as drafted_questions
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.passages import apart
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.pipeline.steps import ARTICLE, QUESTIONS, READING, Cancelled, Steps
from quizapp.model.text import overlap


def _quoted(count: int) -> str:
    """An article of ``count`` paragraphs, each a quotation of its own speaker."""
    codes = [chr(97 + n % 26) + chr(97 + n // 26 % 26) for n in range(count)]
    return "\n\n".join(
        f"« Le projet numéro {n} avance bien », a déclaré Paul{code} Durand{code}, maire "
        f"de Bourg{code}." for n, code in enumerate(codes)
    )  # fmt: skip


class _Told:
    """A ``Steps`` that keeps what it is told and says stop after ``after`` steps."""

    def __init__(self, after: int | None = None) -> None:
        self.told: list[tuple[str, int, int]] = []
        self.after = after

    def steps(self) -> Steps:
        return Steps(stop=self._stop, report=lambda *where: self.told.append(where))

    def _stop(self) -> bool:
        return self.after is not None and len(self.told) >= self.after


def test_the_analysis_says_each_paragraph_and_each_step_over_the_article() -> None:
    told = _Told()
    analysis = analyze(_quoted(6), "fr", steps=told.steps())
    reading = [where for where in told.told if where[0] == READING]
    assert [done for _, done, _ in reading] == list(range(7))  # before each, and at the end
    assert {total for _, _, total in reading} == {6}
    article = [where for where in told.told if where[0] == ARTICLE]
    assert article and article[0][1] == 0 and len(analysis.attributions) == 6


def test_a_token_that_cancels_after_some_steps_stops_the_analysis_there() -> None:
    told = _Told(after=3)
    with pytest.raises(Cancelled):
        analyze(_quoted(40), "fr", steps=told.steps())
    assert len(told.told) == 3  # no step told after the word to stop


def test_the_questions_stop_too_and_say_their_kinds() -> None:
    analysis = analyze(_quoted(8), "fr")
    told = _Told()
    assert draft_questions(analysis, told.steps()) == draft_questions(analysis)
    assert {stage for stage, _, _ in told.told} == {QUESTIONS}
    assert told.told[-1][1] == told.told[-1][2]  # the last step is the last kind
    with pytest.raises(Cancelled):
        draft_questions(analysis, _Told(after=2).steps())


def test_a_stop_asked_inside_the_who_questions_is_heard_there() -> None:
    """Asked while the options of the who-said-this are worked out, one statement each."""
    analysis = analyze(_quoted(30), "fr")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 8  # past the kinds' own steps: inside classify or who

    with pytest.raises(Cancelled):
        draft_questions(analysis, Steps(stop=stop))


def _comparisons(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    """Comparisons of two speakers asked (``may_be_one``, ``_one_option``, answered once a
    pair or not) while the questions of ``count`` quotations, each of its own speaker, are
    drafted."""
    analysis = analyze(_quoted(count), "fr")
    tally = [0]
    builder = drafted_questions._Builder
    with monkeypatch.context() as patch:
        for name in ("may_be_one", "_one_option"):
            real = getattr(builder, name)

            def counted(drafter: object, one: str, other: str, real=real) -> bool:
                tally[0] += 1
                return real(drafter, one, other)

            patch.setattr(builder, name, counted)
        drafted_questions.draft_questions(analysis)
    return tally[0]


def test_the_speakers_compared_grow_as_their_pairs_not_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Main compared every pair of the other speakers for every statement: x62 for four
    times the speakers (924 comparisons for 12, 57,528 for 48). Now each speaker's others are
    worked out once, and only for the statements a question is kept for: x19, the pairs."""
    few, many = _comparisons(monkeypatch, 12), _comparisons(monkeypatch, 48)
    assert few > 0 and many < 30 * few


def _naive_apart(found: list[Attribution]) -> list[Attribution]:
    """``apart`` as it was: each finding compared with every one kept before it."""
    kept: list[Attribution] = []
    for one in found:
        size = one.content[1] - one.content[0]
        if all(
            2 * overlap(one.content, k.content) < min(size, k.content[1] - k.content[0])
            for k in kept
        ):
            kept.append(one)
    return kept


def _finding(start: int, end: int) -> Attribution:
    return Attribution((start, end), None, None, "X", None, "direct", "named", None, 1.0)


@pytest.mark.parametrize("seed", range(30))
def test_apart_keeps_what_comparing_with_every_kept_one_kept(seed: int) -> None:
    chance = random.Random(seed)
    spans = [(s, s + chance.choice([0, 1, 3, 8, 20, 60])) for s in chance.choices(range(90), k=40)]
    found = [_finding(*span) for span in spans]
    assert apart(found) == _naive_apart(found)
    assert apart(found[1:]) == _naive_apart(found[1:])


@pytest.mark.parametrize("seed", range(20))
def test_said_within_reads_the_contents_that_reach_the_claim_alone(seed: int) -> None:
    chance = random.Random(seed)
    contents = [(s, s + chance.randint(1, 70)) for s in chance.choices(range(200), k=30)]
    analysis = Analysis("fr", "x" * 300, tuple(_finding(*c) for c in contents), (), ())
    for start in range(0, 280, 7):
        span = (start, start + chance.randint(0, 40))
        held = max((overlap(span, content) for content in contents), default=0)
        expected = span[1] > span[0] and held * 2 > span[1] - span[0]
        assert analysis.said_within(span) == expected
