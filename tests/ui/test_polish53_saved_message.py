"""polish53: after saving, the status line's message and the checker's summary both read.

The checker's summary sat on the right of the status line for good, and the saved message,
drawn on what was left of the line, was cut (« … La série est p… »). While a message shows,
the summary waits, and the message wraps onto as many lines as the window's width needs
(200 % text); when the message goes, the summary is back on a one-line status line.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from quizapp.sets.editing.commands import SetValue
from tests.ui.editor_helpers import editor_with_a_question, save_as


def _saved(qtbot, settings, tmp_path, monkeypatch, ready: bool):
    window = editor_with_a_question(qtbot, settings, tmp_path)
    window.resize(900, 600)
    window.show()
    if ready:
        window.draft.apply(SetValue(("article", "outlet"), "City News"))
    save_as(window, tmp_path / "a-set-with-a-rather-long-name.quiz.yaml", monkeypatch)
    return window


def test_the_saved_message_is_shown_whole_and_the_summary_waits(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    window = _saved(qtbot, settings, tmp_path, monkeypatch, ready=False)
    message = window.statusBar().currentMessage()
    assert message.endswith("To fill in or fix: News outlet."), message
    assert not window.summary.isVisible(), "the checker's words wait for the message"
    shown = [label for label in window.statusBar().findChildren(type(window.summary))
             if label.isVisible() and label.text() == message]  # fmt: skip
    assert shown and shown[0].height() >= shown[0].heightForWidth(shown[0].width())
    window.statusBar().clearMessage()
    assert window.summary.isVisible() and "1 problem to fix" in window.summary.text()
    assert not any(label.isVisible() and label.text() == message for label in shown)


def test_at_200_percent_the_message_wraps_rather_than_being_cut(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    font = QFont(QApplication.font())
    QApplication.setFont(QFont(font.family(), round(font.pointSizeF() * 2)))
    try:
        window = _saved(qtbot, settings, tmp_path, monkeypatch, ready=True)
        message = window.statusBar().currentMessage()
        assert message.endswith("The set is ready.")
        (label,) = [each for each in window.statusBar().findChildren(type(window.summary))
                    if each.isVisible() and each.text() == message]  # fmt: skip
        assert label.wordWrap() and label.height() >= label.fontMetrics().lineSpacing() * 2
    finally:
        QApplication.setFont(font)
