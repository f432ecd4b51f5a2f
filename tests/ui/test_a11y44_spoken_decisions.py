"""What Orca 43 speaks of the review's decisions, checked through Qt's accessibility API.

Orca 43 does not listen to Qt's announcement event (AT-SPI ``object:announcement``): in its own
log, A and D were followed by the next proposal only (a11y44, tests/atspi/orca_teacher_listen.py).
It does speak a *notification* that shows, wherever the focus is; these tests check that each
decision shows one with the decision, the counts and the proposal now selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_state import ACCEPTED, DROPPED, PROPOSED
from tests.ui.review_helpers import open_review


@pytest.fixture
def review(qtbot: QtBot) -> Iterator[DraftReviewDialog]:
    """The review on the seed article, left with nothing decided (closing it asks nothing)."""
    dialog = open_review(qtbot)
    dialog._confirm_uncertain = lambda _count: False  # type: ignore[method-assign]
    dialog._confirm_discard = lambda: True  # type: ignore[method-assign]
    yield dialog
    dialog._status = [PROPOSED] * len(dialog._status)


def notices(dialog: QWidget) -> list[QWidget]:
    """The dialog's widgets whose accessible role is Notification."""
    found = []
    for widget in dialog.findChildren(QWidget):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and interface.role() == QAccessible.Role.Notification:
            found.append(widget)
    return found


def spoken_after(qtbot: QtBot, dialog: QWidget, decide: Callable[[], object]) -> str:
    """What the notice says after ``decide()``: it is shown anew (the show is what Orca
    hears), once the selection has moved."""
    (notice,) = notices(dialog)
    notice.hide()
    decide()
    qtbot.waitUntil(notice.isVisible)
    interface = QAccessible.queryAccessibleInterface(notice)
    return interface.text(QAccessible.Text.Name)


def test_accepting_by_key_shows_a_notification_with_the_counts_and_the_next(
    qtbot: QtBot, review: DraftReviewDialog
) -> None:
    dialog = review
    dialog._questions.setFocus()
    dialog._questions.setCurrentRow(0)
    said = spoken_after(qtbot, dialog, lambda: dialog.decide_current(ACCEPTED))  # A
    assert said.startswith("✔ Accepted"), said
    assert dialog._state.text() in said and "accepted: 1" in said
    assert said.endswith(dialog._questions.item(1).text()), "the next proposal, selected now"


def test_dropping_and_accepting_all_are_spoken_too(qtbot: QtBot, review: DraftReviewDialog) -> None:
    dialog = review
    dialog._questions.setCurrentRow(0)
    said = spoken_after(qtbot, dialog, lambda: dialog.decide_current(DROPPED))  # D
    assert said.startswith("✘ Dropped") and "dropped: 1" in said, said
    said = spoken_after(qtbot, dialog, dialog.accept_all)
    assert said == dialog._state.text(), "many proposals at once: the counts alone"


def test_the_notice_takes_no_room_on_screen(review: DraftReviewDialog) -> None:
    (notice,) = notices(review)
    assert notice.width() == 0 and notice.height() == 0
