"""DESIGN.md's scoring table, rule by rule, without Qt."""

from __future__ import annotations

import pytest

from quizapp.engine import (
    ChoiceResponse,
    ClassifyResponse,
    LocateResponse,
    Mark,
    MatchResponse,
    TrueFalseResponse,
    score_question,
)
from quizapp.engine.locate_fit import Fit, locate_fit
from quizapp.model import MultipleChoice, QuizSet
from quizapp.model.text import find_passage


def _question(quiz: QuizSet, question_id: str):
    return next(q for q in quiz.questions if q.id == question_id)


def _score(quiz: QuizSet, question_id: str, response):
    return score_question(_question(quiz, question_id), response, quiz.article.text)


def test_single_choice_is_one_or_zero_with_marks(small_quiz: QuizSet) -> None:
    right = _score(small_quiz, "who", ChoiceResponse(frozenset({0})))
    wrong = _score(small_quiz, "who", ChoiceResponse(frozenset({1})))
    assert (right.fraction, right.correct) == (1.0, True)
    assert right.marks == (Mark.RIGHT, Mark.NEUTRAL, Mark.NEUTRAL)
    assert (wrong.fraction, wrong.correct) == (0.0, False)
    assert wrong.marks == (Mark.MISSED, Mark.WRONG, Mark.NEUTRAL)


def test_single_choice_with_two_picks_scores_nothing(small_quiz: QuizSet) -> None:
    assert _score(small_quiz, "who", ChoiceResponse(frozenset({0, 1}))).fraction == 0.0


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        ({0, 1, 3}, 1.0),
        ({0, 1}, 2 / 3),
        ({0, 1, 2}, 1 / 3),  # two right picks, one wrong pick, three correct
        ({0, 2}, 0.0),
        ({2}, 0.0),  # never below zero
        (set(), 0.0),
    ],
)
def test_multiple_choice_partial(small_quiz: QuizSet, picked: set[int], expected: float) -> None:
    verdict = _score(small_quiz, "partners", ChoiceResponse(frozenset(picked)))
    assert verdict.fraction == pytest.approx(expected)
    assert verdict.points == pytest.approx(2 * expected)  # the question is worth 2 points


def test_multiple_choice_all_or_nothing(small_quiz: QuizSet) -> None:
    strict = MultipleChoice.model_validate(
        {**_question(small_quiz, "partners").model_dump(), "scoring": "all_or_nothing"}
    )
    assert score_question(strict, ChoiceResponse(frozenset({0, 1})), None).fraction == 0.0
    assert score_question(strict, ChoiceResponse(frozenset({0, 1, 3})), None).fraction == 1.0


def test_true_false(small_quiz: QuizSet) -> None:
    assert _score(small_quiz, "tf", TrueFalseResponse(True)).marks == (Mark.RIGHT,)
    assert _score(small_quiz, "tf", TrueFalseResponse(False)).fraction == 0.0
    assert _score(small_quiz, "tf", TrueFalseResponse(None)).marks == (Mark.MISSED,)


def test_classify_gives_an_equal_share_per_item_and_feeds_confusions(
    small_quiz: QuizSet,
) -> None:
    response = ClassifyResponse(("anonymous", "anonymous", "named", None))
    verdict = _score(small_quiz, "labels", response)
    assert verdict.fraction == pytest.approx(0.5)
    assert verdict.marks == (Mark.RIGHT, Mark.WRONG, Mark.RIGHT, Mark.MISSED)
    assert verdict.confusions == (
        ("anonymous", "anonymous"),
        ("vague", "anonymous"),
        ("named", "named"),
        ("fact", None),
    )


def test_match_gives_an_equal_share_per_pair(small_quiz: QuizSet) -> None:
    half = _score(small_quiz, "pairs", MatchResponse(("Un fonctionnaire", "Donald Trump")))
    assert half.fraction == 0.5
    assert half.marks == (Mark.RIGHT, Mark.WRONG)


def _answer_span(quiz: QuizSet) -> tuple[int, int]:
    span = find_passage(quiz.article.text, "Certains alliés du président sont furieux.")
    assert span is not None
    return span


def test_locate_needs_half_of_the_passage_and_mostly_inside_it(small_quiz: QuizSet) -> None:
    start, end = _answer_span(small_quiz)
    length = end - start
    half = length // 2 + (length % 2)
    inside_but_short = _score(small_quiz, "where", LocateResponse((start + 3, start + 10)))
    covers_half = _score(small_quiz, "where", LocateResponse((start, start + half)))
    too_little = _score(small_quiz, "where", LocateResponse((start, start + half - 2)))
    elsewhere = _score(small_quiz, "where", LocateResponse((0, 10)))
    assert covers_half.correct and covers_half.locate.fit is Fit.RIGHT
    assert not inside_but_short.correct and inside_but_short.locate.fit is Fit.TOO_SHORT
    assert not too_little.correct and too_little.locate.fit is Fit.TOO_SHORT
    assert not elsewhere.correct and elsewhere.locate.fit is Fit.ELSEWHERE


def test_locate_one_word_of_a_five_word_passage_is_too_short() -> None:
    text = (
        "Hier. Un fonctionnaire de la Maison-Blanche a parlé. Puis plus rien, ni le soir ni après."
    )
    answer = ["Un fonctionnaire de la Maison-Blanche"]
    word = text.index("fonctionnaire")
    fit = locate_fit(answer, (word, word + len("fonctionnaire") + 1), text)
    assert fit.fit is Fit.TOO_SHORT
    assert (fit.covered_words, fit.passage_words) == (1, 5)
    whole = locate_fit(answer, (0, len(text)), text)
    assert whole.fit is Fit.TOO_BROAD and whole.covered_words == 5
    exact = locate_fit(answer, (text.index("Un f"), text.index(" a parlé")), text)
    assert exact.fit is Fit.RIGHT


def test_locate_without_selection_is_missed(small_quiz: QuizSet) -> None:
    assert _score(small_quiz, "where", LocateResponse(None)).marks == (Mark.MISSED,)


def test_a_response_of_the_wrong_type_is_refused(small_quiz: QuizSet) -> None:
    with pytest.raises(ValueError, match="ChoiceResponse"):
        _score(small_quiz, "who", TrueFalseResponse(True))
    with pytest.raises(ValueError, match="out of range"):
        _score(small_quiz, "who", ChoiceResponse(frozenset({7})))
    with pytest.raises(ValueError, match="4 answers expected"):
        _score(small_quiz, "labels", ClassifyResponse(("named",)))


def test_locate_selection_of_the_whole_article_is_too_broad(small_quiz: QuizSet) -> None:
    assert small_quiz.article is not None
    whole = (0, len(small_quiz.article.text))
    assert not _score(small_quiz, "where", LocateResponse(whole)).correct


def test_locate_selection_mostly_around_the_passage_is_too_broad(small_quiz: QuizSet) -> None:
    start, end = _answer_span(small_quiz)
    length = end - start
    assert _score(small_quiz, "where", LocateResponse((start - 5, end + 5))).correct
    wide = _score(small_quiz, "where", LocateResponse((start - length, end + length)))
    assert not wide.correct and wide.locate.fit is Fit.TOO_BROAD
