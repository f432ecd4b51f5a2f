"""Words a screen reader speaks as soon as they are given, wherever the focus is.

Qt's announcement event (``QAccessibleAnnouncementEvent``) becomes AT-SPI's
``object:announcement`` signal, which Orca 43 (Debian bookworm's) does not listen to: the draft
review's "✔ Accepted … — accepted: 1, dropped: 0, to decide: 8" was sent and never spoken
(a11y44, read in Orca's own log). What Orca 43 speaks whatever has the focus is a widget with
the *notification* role that shows. So on AT-SPI each message goes to a ``SpokenNotice``: a
label of no size (nothing on screen: the same words are shown elsewhere) whose accessible role
is Notification, hidden and shown again with the message as its name.

One of the two, never both (mend44d): newer Orca speaks a notification that shows *and* an
``object:announcement`` (its default script has a handler for each), so sending both made it
say each decision twice. Every Orca speaks the notification, so on AT-SPI (Linux and the other
Unix desktops) only the notice shows; elsewhere (Windows, macOS) the announcement event alone
is sent, which Qt hands to UI Automation's or AppKit's own announcement.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)  # fmt: skip
from PySide6.QtWidgets import QAccessibleWidget, QDialog, QFileDialog, QLabel, QWidget

AFTER_A_DIALOG_MS = 500  # a dialog closed: the window system gives the window back by then


class SpokenNotice(QLabel):
    """A label of no size whose accessible role is Notification; ``say`` shows it anew."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        _install_factory()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(0, 0)  # not in a layout: nothing drawn, nothing moves
        self.hide()

    def say(self, message: str, source: QWidget) -> None:
        """Speak ``message`` once: the notification where AT-SPI carries it (every Orca speaks
        it), the announcement event, sent from ``source`` (the widget the message is about),
        elsewhere."""
        self.hide()  # hidden first: a visible notification renamed would be spoken too
        self.setText(message)
        self.setAccessibleName(message)
        if speaks_through_atspi():
            self.show()
        else:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, message))

    def say_soon(self, message: str, source: QWidget) -> None:
        """``say`` once a dialog that just closed has given the window back: a reader speaks
        the window made active again and its focus, which cut short a notice shown before
        them (they come from the window system a few milliseconds later)."""
        QTimer.singleShot(AFTER_A_DIALOG_MS, self, lambda: self.say(message, source))


def speaks_through_atspi(platform: str | None = None) -> bool:
    """Qt speaks to screen readers through AT-SPI everywhere but Windows and macOS."""
    name = sys.platform if platform is None else platform
    return not name.startswith(("win32", "cygwin", "darwin"))


def _notice_interface(_key: str, thing: QObject) -> QAccessibleInterface | None:
    """Qt asks every factory for each object's interface: a notification for a notice only."""
    if isinstance(thing, SpokenNotice):
        return QAccessibleWidget(thing, QAccessible.Role.Notification)
    return None


_installed: list[bool] = []


def _install_factory() -> None:
    """Once per process, before Qt builds the first notice's interface."""
    if not _installed:
        QAccessible.installFactory(_notice_interface)
        _installed.append(True)


@contextmanager
def quiet_for_readers(rebuilt: QWidget) -> Iterator[bool]:
    """Widgets built inside send a screen reader nothing; once built, ``rebuilt`` (their
    container, shown) is said to have shown, one event for the whole of it. Yields whether
    the build is quiet, so that what it set elsewhere is said again only then (mend46c).

    The draft review rebuilds its correction form for every proposal selected: each widget
    made, named, filled and shown sent its own events (56 to 134 per A, D, Up or Down over
    AT-SPI, a11y45), which Orca 43 works through one by one and fell seconds behind on a loaded
    machine, its queue pruned ("FLOOD" in its log). None of them is spoken (the focus stays on
    the proposals); the form is read afresh when Tab enters it.

    Only on AT-SPI (mend45d): switching Qt's accessibility off and on is a global switch its
    platform layer otherwise owns, checked with Orca alone; on Windows and macOS, untried with
    NVDA or VoiceOver, the widgets are built as before."""
    if not speaks_through_atspi():
        yield False
        return
    was_active = QAccessible.isActive()
    QAccessible.setActive(False)  # Qt drops every accessibility update while inactive
    try:
        yield True
    finally:
        QAccessible.setActive(was_active)
    if was_active and rebuilt.isVisible():
        QAccessible.updateAccessibility(QAccessibleEvent(rebuilt, QAccessible.Event.ObjectShow))


def save_file_name(parent: QWidget, caption: str, suggested: Path, filters: str) -> str:
    """``QFileDialog.getSaveFileName``'s answer ("" when cancelled), its dialog built with a
    screen reader told nothing where one listens over AT-SPI, then said to have shown.

    Qt's own dialog (what a desktop with no platform dialog gets, Xvfb among them) sent about
    300 events as it opened, its side bar, combo boxes, list and buttons each made, named and
    shown: Orca 43 pruned its queue (a11y45's tour, 70 events dropped at Ctrl+S). Built
    quietly it sends 6 to 15 (a11y46), the window made active and the focus on the file name
    among them, which come from the window system once it shows. Elsewhere, or with no
    reader (Qt's accessibility off), the static dialog as before."""
    if not (QAccessible.isActive() and speaks_through_atspi()):
        return QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)[0]
    dialog = QFileDialog(parent, caption, str(suggested.parent), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested.name)
    # as the static dialog: every window of the app waits (``open`` would make it modal
    # to its parent's window only, and ignores a modality set before it; mend46c)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    closed = QEventLoop()
    dialog.finished.connect(closed.quit)
    with quiet_for_readers(dialog):
        dialog.show()
    closed.exec()
    chosen = dialog.selectedFiles() if dialog.result() == QDialog.DialogCode.Accepted else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""
