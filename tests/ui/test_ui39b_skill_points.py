"""ui39b: a skill every question carries reads the same points as the score above it.

ui39's walk ended on « points: 5.7 of 12 » beside « 5.8 of 12 » for the skill all twelve
questions had: the same sum, rounded down in the score (a run under the pass mark never
reads higher than it is) and to the nearest in the « By skill » table. The table now rounds
each skill's points and share by the score's rule.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget

from quizapp.engine import Results, Tally
from quizapp.model import QuizSet
from quizapp.ui.quiz.results.results_view import ResultsView


def _results(quiz: QuizSet, earned: float, mark: float) -> Results:
    return Results(
        set_id=quiz.id, earned=earned, possible=12, pass_mark=mark, verdicts=(),
        by_tag={"sourcing": Tally(earned, 12)}, by_label={}, label_ids=(), confusion_counts={},
    )  # fmt: skip


def _score_and_skill(qtbot, results: Results, quiz: QuizSet) -> tuple[str, str]:
    view = ResultsView(results, quiz)
    qtbot.addWidget(view)
    labels = "\n".join(label.text() for label in view.findChildren(QLabel))
    tables = [t for t in view.findChildren(QTableWidget) if t.accessibleName() == "By skill"]
    assert len(tables) == 1
    return labels, tables[0].item(0, 1).text()


def test_a_fail_reads_one_figure_in_the_score_and_the_skill(qtbot, small_quiz) -> None:
    labels, skill = _score_and_skill(qtbot, _results(small_quiz, 5.76, 0.6), small_quiz)
    assert "points: 5.7 of 12" in labels
    assert "Your score: 48%" in labels
    assert skill == "5.7 of 12 (48%)"


def test_a_pass_keeps_the_nearest_in_both(qtbot, small_quiz) -> None:
    labels, skill = _score_and_skill(qtbot, _results(small_quiz, 7.96, 0.6), small_quiz)
    assert "points: 8 of 12" in labels
    assert skill == "8 of 12 (66%)"
