"""A question page is freed by reference counting as soon as the next one replaces it.

The app collects garbage from a timer on the GUI thread (quizapp/ui/collector.py), and a
middle-generation collection took 34-77 ms: almost all of it freeing the question pages of
the round, each kept by a Python cycle through its scroll keeper (page -> keeper -> page),
and each quiz's article pane by its passage navigator (pane -> navigator -> bound method ->
pane). With automatic collection off, as while the app runs, nothing of a screen the learner
has left may wait for the collector: the replaced pages, the quiz screen and its article.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.quiz.results.results_view import ResultsView
from tests.ui.study_helpers import Clock, answer_current, settle, study_window


@pytest.fixture
def no_automatic_collection() -> Iterator[None]:
    """The collector off, as while the app runs, and back as it was after the test."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _deferred_deletions() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _alive(refs: list[weakref.ref]) -> int:
    return sum(ref() is not None for ref in refs)


def _play_wrong(view: QuizView) -> tuple[list[weakref.ref], int]:
    """Every question answered wrong; the pages shown, and the most replaced ones alive."""
    pages: list[weakref.ref] = []
    most_alive = 0
    while view.session.state is not State.FINISHED:
        pages.append(weakref.ref(view.page))
        answer_current(view, right=False)
        _deferred_deletions()
        most_alive = max(most_alive, _alive(pages) - 1)  # the page on screen is alive
    return pages, most_alive


@pytest.mark.usefixtures("no_automatic_collection")
def test_replaced_question_pages_are_freed_without_the_collector(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    screens = [weakref.ref(view), weakref.ref(view.article)]
    pages, most_alive = _play_wrong(view)
    assert len(pages) == 6 and most_alive == 0
    assert isinstance(window.stack.currentWidget(), ResultsView)
    del view
    _deferred_deletions()
    assert _alive(pages) == _alive(screens) == 0  # the quiz screen left: all of it gone
    settle(qtbot, flow)


@pytest.mark.usefixtures("no_automatic_collection")
def test_pages_of_the_review_are_freed_without_the_collector(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    _play_wrong(window.stack.currentWidget())
    missed = window.session.results().missed
    review = window.show_review(missed[0])
    pages, screens = [weakref.ref(review.page)], [weakref.ref(review), weakref.ref(review.article)]
    for _ in missed[1:]:
        review.next_button.click()
        _deferred_deletions()
        pages.append(weakref.ref(review.page))
        assert _alive(pages) == 1  # the one on screen
    review.back_requested.emit()
    del review
    _deferred_deletions()
    assert len(pages) == len(missed) > 1
    assert _alive(pages) == _alive(screens) == 0
    settle(qtbot, flow)


def test_an_options_text_clicked_still_picks_its_option(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    """The option text clicks its own button (no signal connected to ``button.click``, which
    left a few bytes in PySide per option of every page)."""
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.page is not None
    texts = view.page.answer_widget.findChildren(QLabel)
    text = next(label for label in texts if label.text() == "Sam Altman")
    buttons = view.page.answer_widget.buttons()
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert [button.isChecked() for button in buttons] == [False, True, False]
    assert view.check_button.isEnabled()
    settle(qtbot, flow)
