"""Leitner boxes: wrong -> box 1, right -> next box, due after 1, 3, 7, 14, 30 days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from results_helpers import at, choice, classify, open_db

from quizapp.results.leitner import due_date, next_box

MONDAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("current", "right", "expected"),
    [(None, False, 1), (None, True, 2), (1, True, 2), (3, True, 4), (4, True, 5), (5, True, 5),
     (5, False, 1), (2, False, 1)],
)  # fmt: skip
def test_next_box(current: int | None, right: bool, expected: int) -> None:
    assert next_box(current, right) == expected


@pytest.mark.parametrize(("box", "days"), [(1, 1), (2, 3), (3, 7), (4, 14), (5, 30)])
def test_each_box_is_due_after_its_interval(box: int, days: int) -> None:
    assert due_date(box, MONDAY) == MONDAY + dt.timedelta(days=days)


def test_there_is_no_box_six() -> None:
    with pytest.raises(ValueError, match="between 1 and 5"):
        due_date(6, MONDAY)


def test_a_question_climbs_the_boxes_and_falls_back_on_a_mistake(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    history = [(2, True, 2, "2026-03-05"), (5, True, 3, "2026-03-12"), (12, True, 4, "2026-03-26"),
               (26, True, 5, "2026-04-25"), (27, False, 1, "2026-03-28")]  # fmt: skip
    for day, right, box, due_on in history:
        attempt = db.start_attempt("s", "h", "S", "booster", at(day))
        db.record_answer(attempt.id, choice("q1", 0, right), at(day))
        state = db.boxes("s")["q1"]
        assert (state.box, state.due_on.isoformat()) == (box, due_on)


def test_partial_credit_counts_as_a_mistake(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    db.record_answer(attempt.id, classify("c", 0, [("named", "named"), ("vague", "fact")]), at(2))
    assert db.boxes("s")["c"].box == 1


def test_due_today_spans_sets_most_overdue_first_and_uses_the_given_day(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    one = db.start_attempt("set-a", "h", "A", "quiz", at(2))
    db.record_answer(one.id, choice("q1", 0, False), at(2))  # box 1, due 3 March
    db.record_answer(one.id, choice("q2", 1, True), at(2))  # box 2, due 5 March
    two = db.start_attempt("set-b", "h", "B", "quiz", at(3))
    db.record_answer(two.id, choice("q1", 0, False), at(3))  # box 1, due 4 March
    assert db.due_today(dt.date(2026, 3, 2)) == []
    due = db.due_today(dt.date(2026, 3, 4))
    assert [(s.set_id, s.question_id) for s in due] == [("set-a", "q1"), ("set-b", "q1")]
    assert len(db.due_today(dt.date(2026, 3, 5))) == 3
    assert [s.question_id for s in db.due_today(dt.date(2026, 3, 5), "set-a")] == ["q1", "q2"]
    assert db.home_statistics(dt.date(2026, 3, 4), {}).due_today == 2


def test_an_exam_can_leave_the_boxes_alone(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    attempt = db.start_attempt("s", "h", "S", "exam", at(2))
    db.record_answer(attempt.id, choice("q1", 0, False), at(2), update_boxes=False)
    assert db.boxes("s") == {}
