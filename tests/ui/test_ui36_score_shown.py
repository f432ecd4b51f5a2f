"""ui36: the results screen never rounds a score up to a pass mark it did not reach.

Run to the end as a student, the twelve-question set earned 7.17 points of 12 (59.7 %) under
a 60 % pass mark: the screen read « Votre score : 60 % » above « ✘ Pas réussi (seuil de
réussite 60 %) — points : 7,2 sur 12 », a score equal to the mark and a fail. A run that
did not pass now shows its percentage and points rounded down; a pass keeps the nearest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from quizapp.engine import Results
from quizapp.model import QuizSet
from quizapp.ui.quiz.results.results_view import ResultsView


def _results(quiz: QuizSet, earned: float, possible: float, mark: float) -> Results:
    return Results(
        set_id=quiz.id, earned=earned, possible=possible, pass_mark=mark, verdicts=(),
        by_tag={}, by_label={}, label_ids=(), confusion_counts={},
    )  # fmt: skip


def _texts(qtbot, results: Results, quiz: QuizSet) -> str:
    view = ResultsView(results, quiz)
    qtbot.addWidget(view)
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_a_fail_just_under_the_mark_does_not_read_as_the_mark(qtbot, small_quiz) -> None:
    texts = _texts(qtbot, _results(small_quiz, 43 / 6, 12, 0.6), small_quiz)
    assert "Your score: 59%" in texts
    assert "Not passed (pass mark 60%)" in texts
    assert "points: 7.1 of 12" in texts


def test_a_pass_keeps_the_nearest_figures(qtbot, small_quiz) -> None:
    texts = _texts(qtbot, _results(small_quiz, 7.96, 12, 0.6), small_quiz)
    assert "Your score: 66%" in texts
    assert "points: 8 of 12" in texts
