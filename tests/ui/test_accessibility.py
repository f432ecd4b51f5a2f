"""Every control a screen shows has a name a screen reader can say, and right/wrong in words.

Each screen is walked: library and home, every question type before and after feedback,
results, review, the class results window, the settings and export dialogs. A control's
name is what Qt's accessibility layer reports (a button's text, or the accessibleName set
on it), so the check sees what a screen reader would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.quiz.review_view import ReviewView
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study.controller import StudyController, local_now
from quizapp.ui.study.flow import StudyFlow

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QTabBar,
)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).replace("&", "").strip() if interface else ""


def nameless(top: QWidget) -> list[str]:
    """The visible controls of ``top`` with no name, or only a number, to be spoken."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if not widget.isVisible() or widget.window() is not top.window():
            continue
        name = spoken_name(widget)
        if not name or name.isdigit():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {name!r}")
    return found


def test_spoken_name_reads_texts_and_names(qtbot: QtBot) -> None:
    """The helper itself: a bare combo box has no name, a named one has."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    combo, button = QComboBox(top), QPushButton("&Start", top)
    layout = QVBoxLayout(top)
    layout.addWidget(combo)
    layout.addWidget(button)
    top.show()
    assert nameless(top) == ["QComboBox '' ''"]
    combo.setAccessibleName("Label")
    assert nameless(top) == [] and spoken_name(button) == "Start"


def _window_with_study(qtbot: QtBot, settings, loader, path: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    db, _ = ResultsDB.open(tmp_path / "results.db", local_now())
    study = StudyFlow(window, StudyController(db), settings)
    window.show()
    window.open_path(path)
    study.wait()
    QApplication.processEvents()
    return window


def test_every_screen_of_a_run_names_its_controls(
    qtbot: QtBot, settings, loader: Callable, small_set_file: Path, small_quiz: QuizSet, tmp_path
) -> None:
    window = _window_with_study(qtbot, settings, loader, small_set_file, tmp_path)
    problems = {"library and home": nameless(window)}
    window.study.preferences.ask_confidence = True
    view = window.start_quiz(window.library.entries()[0], seed=0)
    while view.session.state is not State.FINISHED:
        question = view.session.current.question
        problems[f"{question.type} question"] = nameless(window)
        pick = wrong_response if question.type == "true_false" else correct_response
        view.page.answer_widget.set_response(pick(question, small_quiz))
        view.confidence.buttons()[0].click()
        view.check_button.click()
        problems[f"{question.type} feedback"] = nameless(window)
        view.next_button.click()
    assert isinstance(window.stack.currentWidget(), ResultsView)
    problems["results"] = nameless(window)
    window.stack.currentWidget().review_button.click()
    assert isinstance(window.stack.currentWidget(), ReviewView)
    problems["review"] = nameless(window)
    view = window.start_quiz(window.library.entries()[0], seed=1)
    view.page.answer_widget.set_response(
        correct_response(view.session.current.question, small_quiz)
    )
    view.confidence.buttons()[0].click()
    view.check_button.click()
    window.show_library()  # left half-way: the home offers to resume it, under its history
    window.study.wait()
    QApplication.processEvents()
    home = window.study.home
    assert home.banner.isVisible() and home.chart.isVisible() and home.history.isVisible()
    problems["home with history and a quiz to resume"] = nameless(window)
    assert {screen: found for screen, found in problems.items() if found} == {}


def test_verdicts_are_said_in_words_to_a_screen_reader(
    qtbot: QtBot, settings, loader: Callable, small_set_file: Path, small_quiz: QuizSet
) -> None:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(small_set_file)
    view: QuizView = window.start_quiz(window.library.entries()[0], seed=0)
    buttons = view.page.answer_widget.buttons()
    buttons[1].click()  # Sam Altman: wrong
    view.check_button.click()
    assert view.page.feedback.headline_label.accessibleName().startswith("Not right")
    assert buttons[1].accessibleDescription().startswith("✘ Wrong")
    assert buttons[0].accessibleDescription().startswith("➜ The right answer")
    assert window.focusWidget() is view.next_button  # where the reader is, it hears:
    assert view.next_button.accessibleDescription().startswith("Not right")


def test_dialogs_and_the_class_window_name_their_controls(
    qtbot: QtBot, settings, loader: Callable, small_set_file: Path, tmp_path: Path
) -> None:
    window = _window_with_study(qtbot, settings, loader, small_set_file, tmp_path)
    settings_dialog = window.study.open_settings()
    export_dialog = window.study.open_export()
    class_window = window.teacher.show_class_results()
    for top in (settings_dialog, export_dialog, class_window):
        qtbot.waitExposed(top)
        assert nameless(top) == [], type(top).__name__
    for index in range(class_window.tabs.count()):
        class_window.tabs.setCurrentIndex(index)
        assert nameless(class_window) == []
