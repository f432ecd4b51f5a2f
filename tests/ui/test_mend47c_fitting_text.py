"""mend47c: the quiz's feedback text and the editor's meaning of a kind of source each sized
themselves to their wrapped lines with the same code (review47, finding 10): one widget,
``FittingTextEdit``, now does it for both. Each still grows with its words and shrinks back,
and the editable one keeps room for a line when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.ui.editor.forms.label_rows import FittingText
from quizapp.ui.fitting_text import FittingTextEdit
from quizapp.ui.quiz.feedback import ReadingText

LONG = "Une personne ou une organisation identifiée par son nom et sa fonction. " * 4


def test_both_texts_are_the_one_fitting_widget(qtbot) -> None:
    for kind in (FittingText, ReadingText):
        text = kind()
        qtbot.addWidget(text)
        assert isinstance(text, FittingTextEdit)
        text.resize(240, 40)
        text.show()
        text.setPlainText("Oui.")
        QApplication.processEvents()
        short = text.height()
        text.setPlainText(LONG)
        QApplication.processEvents()
        assert text.height() > 2 * short  # every line shown, no scroll bar
        assert text.document().size().height() <= text.viewport().height() + 1
        text.setPlainText("")
        QApplication.processEvents()
        assert text.height() == short  # back to one line
    assert FittingText().least_height() > ReadingText().least_height()  # room to click in
