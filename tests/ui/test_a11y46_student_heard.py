"""The student's questions reach a screen reader as one update each (a11y46).

Each question's page was built with a reader told of every widget made, named and shown:
about 70 AT-SPI events a question, which Orca 43 works through one by one; on a loaded
machine it fell minutes behind and dropped the rest, and the locate and classify questions
after it were never heard. The page is now built quietly (``quiet_for_readers``), the focus
given after it, and the article says again what the quiet page set in it. A row's choice
renamed its button twice, the first time with the old choice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import wrong_response
from quizapp.model import Article
from quizapp.ui.quiz.answers.by_type import AnswerGroup
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.student_helpers import open_window, settle, show_questions
from tests.ui.test_a11y45_heard import ShowsWhileReading


class FocusWhileReading(QObject):
    """Notes, for each focus given, whether a reader was being told."""

    def __init__(self) -> None:
        super().__init__()
        self.told: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.told.append(QAccessible.isActive())
        return False


@pytest.fixture
def reading() -> Iterator[list[tuple[QObject, QAccessible.Event]]]:
    """Qt's accessibility on, as when a reader listens; the events the app sends itself."""
    sent: list[tuple[QObject, QAccessible.Event]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.object(), event.type()))
        original(event)

    QAccessible.setActive(True)
    QAccessible.updateAccessibility = staticmethod(record)  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        QAccessible.updateAccessibility = original  # type: ignore[method-assign]
        QAccessible.setActive(False)


def _answer(view: QuizView) -> None:
    session = view.session
    view.page.answer_widget.set_response(wrong_response(session.current.question, session.quiz))
    view.check_button.click()
    settle()


def _answer_and_go_on(view: QuizView) -> None:
    _answer(view)
    view.next_button.click()
    settle()


def test_the_next_question_is_built_quietly_and_focused_aloud(
    qtbot: QtBot, settings: QSettings, loader: Callable, reading: list
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "classify-paragraph-1")
    _answer(view)
    shows, focus = ShowsWhileReading(view._page_holder), FocusWhileReading()
    for watcher in (shows, focus):
        QApplication.instance().installEventFilter(watcher)
    try:
        view.next_button.click()
        settle()
    finally:
        for watcher in (shows, focus):
            QApplication.instance().removeEventFilter(watcher)
    assert shows.told and not any(shows.told), shows.told  # about 70 events before
    assert focus.told and focus.told[-1], "the new question's focus is told"
    assert QAccessible.isActive()
    shown = [thing for thing, kind in reading if kind == QAccessible.Event.ObjectShow]
    assert view._page_holder in shown  # the page said to have shown, in one event


def test_the_article_says_again_the_task_set_while_quiet(
    qtbot: QtBot, settings: QSettings, loader: Callable, reading: list
) -> None:
    """A locate question's words are in the article's description: set while the page is
    built quietly, a reader must be told of it or it keeps the last question's."""
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "locate-first-source")
    _answer_and_go_on(view)
    text = view.article.text_view
    told = [kind for thing, kind in reading if thing is text]
    assert QAccessible.Event.DescriptionChanged in told, told
    assert view.session.current.question.prompt in text.accessibleDescription()
    assert text.accessibleDescription().startswith("Question 2 of 2")


class NameAtShow(QObject):
    """The name ``watched`` has when it shows."""

    def __init__(self, kind: type) -> None:
        super().__init__()
        self.kind, self.names = kind, []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, self.kind):
            self.names.append(watched.accessibleName())
        return False


def test_the_question_shows_named_whole_with_its_count(
    qtbot: QtBot, settings: QSettings, loader: Callable, reading: list
) -> None:
    """The answers' group showed named without « Question n of N », then was renamed with
    it (two events, the first with words a reader would drop): it is named whole before."""
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "classify-paragraph-1")
    watcher = NameAtShow(AnswerGroup)
    QApplication.instance().installEventFilter(watcher)
    try:
        _answer_and_go_on(view)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.names and all(n.startswith("Question 2 of 2: ") for n in watcher.names)


def test_the_article_is_spaced_in_one_change(qtbot: QtBot) -> None:
    """Each paragraph's spacing was a change of its own, which a reader is told as the
    paragraph's text deleted and inserted again: 16 events as the built-in quiz opened."""
    article = Article(title="T", outlet="O", text="One.\n\nTwo.\n\nThree.\n\nFour.")
    pane = ArticlePane(article)
    qtbot.addWidget(pane)
    changes: list[tuple[int, int, int]] = []
    pane.text_view.document().contentsChange.connect(lambda *change: changes.append(change))
    pane._space_paragraphs()
    assert len(changes) == 1, changes
