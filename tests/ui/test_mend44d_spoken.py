"""A decision is spoken once (the notification on AT-SPI, the announcement event elsewhere),
and its status is the status, not a piece of the row's translated text.

Newer Orca speaks both a notification that shows and an ``object:announcement`` (its default
script handles each); a11y44 sent both, so it would have said every decision twice (mend44d).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui import spoken_notice
from quizapp.ui.draft.review_state import ACCEPTED, PROPOSED
from quizapp.ui.spoken_notice import SpokenNotice, speaks_through_atspi
from tests.ui.review_helpers import open_review


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The announcement events the notice builds (their messages), none sent for real."""
    messages: list[str] = []

    def record(_source: QWidget, message: str) -> Any:
        messages.append(message)
        return None

    monkeypatch.setattr(spoken_notice, "QAccessibleAnnouncementEvent", record)
    monkeypatch.setattr(spoken_notice.QAccessible, "updateAccessibility", lambda _event: None)
    return messages


def test_on_atspi_the_notice_shows_and_no_announcement_is_sent(
    qtbot: QtBot, sent: list[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notice = SpokenNotice(window)
    notice.say("✔ Accepted — accepted: 1", window)
    assert notice.isVisible() and notice.accessibleName() == "✔ Accepted — accepted: 1"
    assert sent == [], "newer Orca would speak the announcement after the notification"


def test_elsewhere_the_announcement_alone(
    qtbot: QtBot, sent: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spoken_notice, "speaks_through_atspi", lambda: False)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notice = SpokenNotice(window)
    notice.say("✘ Dropped — dropped: 1", window)
    assert sent == ["✘ Dropped — dropped: 1"] and not notice.isVisible()


def test_atspi_is_every_platform_but_windows_and_macos() -> None:
    assert speaks_through_atspi("linux") and speaks_through_atspi("freebsd14")
    assert not speaks_through_atspi("win32") and not speaks_through_atspi("darwin")


def test_the_decision_said_is_the_status_not_the_rows_text_cut_at_a_dash(qtbot: QtBot) -> None:
    """The status said came from the row's translated text cut at « — » (the template
    "{status} — {kind}: {prompt}"): a template that puts the kind first, or a prompt with a
    dash, said the wrong words. It comes from the status words themselves now."""
    dialog = open_review(qtbot)
    dialog._status[0] = ACCEPTED
    dialog._refresh_row(0)
    dialog._questions.item(0).setText("Locate — Select the words: ✔ Accepted")  # reordered
    (notice,) = dialog.findChildren(SpokenNotice)
    notice.hide()
    try:
        dialog._announce_decision([0])
        qtbot.waitUntil(notice.isVisible)
        assert notice.accessibleName().startswith("✔ Accepted — "), notice.accessibleName()
    finally:
        dialog._status[0] = PROPOSED  # closing it asks nothing
