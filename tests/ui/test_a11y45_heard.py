"""What Orca 43 missed on the teacher's tour (a11y45, in the log of orca_teacher_listen.py):
the save (nothing said: the status line is not read), the review's form rebuilt for each
proposal (60 to 130 AT-SPI events per key, Orca lagging behind them), the Accept all box (its
other button never named). Checked here through Qt's accessibility API; the event counts over
the bus are in tests/atspi/test_atspi_flood.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_state import ACCEPTED, PROPOSED
from tests.ui.editor_helpers import editor_with_a_question, save_as
from tests.ui.review_helpers import open_review
from tests.ui.test_a11y44_spoken_decisions import notices, spoken_after


def said_after_saving(qtbot: QtBot, window: QWidget) -> str:
    """The notice's words once it shows, after the save."""
    (notice,) = notices(window)
    qtbot.waitUntil(notice.isVisible, timeout=3000)  # said half a second after
    return QAccessible.queryAccessibleInterface(notice).text(QAccessible.Text.Name)


def test_the_save_is_said_with_where_and_what_is_left_to_fix(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    window = editor_with_a_question(qtbot, settings, tmp_path)
    path = tmp_path / "mine.quiz.yaml"
    save_as(window, path, monkeypatch)
    said = said_after_saving(qtbot, window)
    assert "mine.quiz.yaml" in said and str(tmp_path) in said, said
    assert "cannot be opened" in said and "News outlet" in said, "the problem, by its field"
    assert said == window.statusBar().currentMessage(), "the same words as on screen"


def test_a_ready_set_is_said_ready(qtbot, settings, tmp_path, no_dialogs, monkeypatch) -> None:
    window = editor_with_a_question(qtbot, settings, tmp_path)
    window.draft.apply(SetValue(("article", "outlet"), "City News"))
    save_as(window, tmp_path / "ready.quiz.yaml", monkeypatch)
    said = said_after_saving(qtbot, window)
    assert "ready.quiz.yaml" in said and said.endswith("The set is ready."), said


@pytest.fixture
def review(qtbot: QtBot) -> Iterator[DraftReviewDialog]:
    dialog = open_review(qtbot)
    dialog._confirm_discard = lambda: True  # type: ignore[method-assign]
    yield dialog
    dialog._status = [PROPOSED] * len(dialog._status)


class ShowsWhileReading(QObject):
    """Notes, for each widget of ``inside`` that shows, whether a reader was being told."""

    def __init__(self, inside: QWidget) -> None:
        super().__init__()
        self.inside, self.told = inside, []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and self.inside.isAncestorOf(watched):
            self.told.append(QAccessible.isActive())
        return False


def test_the_form_rebuilt_for_each_proposal_tells_a_reader_nothing(
    qtbot: QtBot, review: DraftReviewDialog
) -> None:
    """Each widget of the rebuilt form sent its own events (70 per A over AT-SPI); built
    while Qt's accessibility is off, then switched back on."""
    watcher = ShowsWhileReading(review._preview)
    QApplication.instance().installEventFilter(watcher)
    QAccessible.setActive(True)  # as when a screen reader listens
    try:
        review._questions.setCurrentRow(1)
        review.decide_current(ACCEPTED)
        active_after = QAccessible.isActive()
    finally:
        QAccessible.setActive(False)
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.told and not any(watcher.told), watcher.told
    assert active_after, "a reader is told again once the form is built"


def test_the_accept_all_box_names_both_answers_and_the_counts_follow(
    qtbot: QtBot, review: DraftReviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    no = QMessageBox.StandardButton.No  # the static box of before: answered, not waited on
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: no)
    assert any(review._to_check(row) for row in range(len(review._drafts)))
    review._accept_all_button.setFocus()
    said = spoken_after(qtbot, review, review.accept_all)
    (box,) = shown
    words = [button.text().replace("&", "") for button in box.buttons()]
    assert sorted(words) == ["Accept them too", "Only the sure ones"], words
    assert all(f"“{word}”" in box.informativeText() for word in words), "both, in its text"
    assert box.defaultButton().text().replace("&", "") == "Only the sure ones"
    assert said == review._state.text() and "accepted:" in said, said
    assert review._questions.hasFocus() or review.focusWidget() is review._questions


def test_accept_all_with_nothing_left_says_the_counts_all_the_same(
    qtbot: QtBot, review: DraftReviewDialog
) -> None:
    review._confirm_uncertain = lambda _count: False  # type: ignore[method-assign]
    spoken_after(qtbot, review, review.accept_all)  # the sure ones: said once shown
    said = spoken_after(qtbot, review, review.accept_all)  # nothing more to accept
    assert said == review._state.text(), said


def test_the_box_gives_the_keys_back_to_the_proposals(
    qtbot: QtBot, review: DraftReviewDialog
) -> None:
    review._confirm_uncertain = lambda _count: False  # type: ignore[method-assign]
    review._accept_all_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
    review.accept_all()
    assert review.focusWidget() is review._questions
