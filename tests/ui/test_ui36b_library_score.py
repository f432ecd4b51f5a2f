"""ui36b: the library's panel rounds a score as the results screen does.

ui36's student ended a run at 7.17 points of 12 (59.7 %) under a 60 % pass mark; the results
screen came to read « 59 % », the library's panel beside it still « Dernier score 60 % ·
meilleur 60 % ». Both now take the rule from one helper, ``ui/score_figures``.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.study.home_view import HomeView
from quizapp.ui.study.stats import HomeSnapshot, SetRecord


def _record_text(qtbot: QtBot, quiz: QuizSet, last: float, best: float) -> str:
    view = HomeView()
    qtbot.addWidget(view)
    record = SetRecord(last=last, best=best, whole_runs=2)
    stats = SimpleNamespace(sets=[])  # no chart: only the record is read here
    day = dt.date(2026, 12, 5)
    view.snapshot = HomeSnapshot(today=day, stats=stats, records={quiz.id: record})  # type: ignore[arg-type]
    view.select_set(quiz)
    return view.record_text.text()


def test_a_score_just_under_the_mark_reads_under_it(qtbot: QtBot, small_quiz: QuizSet) -> None:
    settings = small_quiz.settings.model_copy(update={"pass_mark": 0.6})
    quiz = small_quiz.model_copy(update={"settings": settings})
    text = _record_text(qtbot, quiz, 43 / 72, 0.663)
    assert "Last score 59% · best 66%" in text


def test_the_panel_and_the_results_screen_share_one_rule() -> None:
    from quizapp.ui.quiz.results.result_tables import shown_score
    from quizapp.ui.score_figures import shown_percent

    assert shown_score(0.597, 7.17, False) == (f"{shown_percent(0.597, False)}", 7.1)
    assert shown_percent(0.597, False) == 59 and shown_percent(0.655, True) == 66
