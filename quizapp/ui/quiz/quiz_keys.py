"""The quiz screen's keyboard: the tab order through a question, number keys that reach the
answers wherever the focus is on the screen, and Enter or Ctrl+Enter that checks, then goes on.

Apart from ``QuizView`` because it is the same whatever the question: it only needs the page
shown and the screen's buttons, never the session's rules (mend43c moved the screen's own key
handling here, which had brought ``quiz_view.py`` past 300 lines).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.question_page import QuestionPage


class ScreenKeys:
    """The keys the whole screen answers, bound to its Check and Next buttons: Ctrl+Enter
    anywhere, a plain Enter no control took, and number keys meant for the answers."""

    def __init__(self, screen: QWidget, check: QAbstractButton, next_: QAbstractButton) -> None:
        self._check, self._next = check, next_
        QShortcut(QKeySequence("Ctrl+Return"), screen).activated.connect(self.press_primary)

    def press_primary(self) -> None:
        """Next once it shows, else Check when the answer may be checked."""
        if self._next.isVisible():
            self._next.click()
        elif self._check.isEnabled():
            self._check.click()

    def take(self, event: QKeyEvent, answering: QuestionPage | None) -> bool:
        """Whether the screen took ``event``: a free Enter presses on; a number key goes to
        the answers of ``answering``, the page while its question waits for an answer."""
        if is_free_enter(event):
            self.press_primary()
            return True
        return answering is not None and give_number_key_to_answers(answering, event)


def set_tab_order(
    page: QuestionPage, sure: list[QAbstractButton], buttons: list[QWidget], article: ArticlePane
) -> None:
    """The question, its answer, how sure, check or next, the feedback, then the article."""
    chain = [page.prompt_label, *page.focus_chain(), *sure, *buttons]
    chain += [page.feedback_text, article.text_view]
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def give_number_key_to_answers(page: QuestionPage, event: QKeyEvent) -> bool:
    """A number key that reached the screen, not the answers (the focus on the question's
    words, the feedback, a button), is sent to the answers, so that the keys work at once.
    Whether it was sent; call only while the question waits for its answer."""
    focused, answers = QApplication.focusWidget(), page.answer_widget
    if not Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9 or answers.isAncestorOf(focused):
        return False
    page.focus_first()
    target = QApplication.focusWidget()
    if target is None or target is focused or not answers.isAncestorOf(target):
        return False
    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
    QApplication.sendEvent(target, copy)
    return True


def is_free_enter(event: QKeyEvent) -> bool:
    """Whether ``event`` is a plain Enter or Return that no control of the screen took: a
    student who picks an option with the keyboard expects Enter to check it, then Enter again
    to go on (round 41's walk: only Ctrl+Enter did). A button, a row's menu or a text field
    that edits keeps its own Enter (they take the key before the screen sees it; an editable
    field is named too, as a line edit passes Enter on); a held key does not run on."""
    enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    plain = (
        event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
    )
    return (
        enter and plain and not event.isAutoRepeat() and not _edits_text(QApplication.focusWidget())
    )


def _edits_text(widget: QWidget | None) -> bool:
    """A field where Enter ends a line or an entry, not the question."""
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()
