"""ui36: a match question lists its numbered choices, as a classify question lists its labels.

The student's page said « Associez chaque élément de gauche à un élément de droite (tapez un
numéro sur une ligne) » but named no number: which source was 1 showed only inside each
row's menu. The choices are now listed above the rows, numbered in the order the menus show
them, so a number typed on a row picks the choice the legend gives it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from quizapp.engine import MatchResponse, Presented
from quizapp.model import QuizSet
from quizapp.ui.quiz.answers.row_widgets import MatchWidget


def test_the_choices_are_listed_with_their_numbers(qtbot, small_quiz: QuizSet) -> None:
    question = next(q for q in small_quiz.questions if q.type == "match")
    order = ("Sam Altman", "Donald Trump", "Un fonctionnaire")
    widget = MatchWidget(Presented(question, 0, choice_order=order))
    qtbot.addWidget(widget)
    texts = [label.text() for label in widget.findChildren(QLabel)]
    legend = next(text for text in texts if text.startswith("Choices:"))
    assert legend == ("Choices: 1\u00a0Sam Altman   2\u00a0Donald Trump   3\u00a0Un fonctionnaire")
    combo = widget.combos()[0]
    qtbot.keyClick(combo, Qt.Key.Key_3)
    assert widget.response() == MatchResponse(("Un fonctionnaire", None))
