"""Words a screen reader speaks as soon as they are given, wherever the focus is.

Qt's announcement event (``QAccessibleAnnouncementEvent``) becomes AT-SPI's
``object:announcement`` signal, which Orca 43 (Debian bookworm's) does not listen to: the draft
review's "✔ Accepted … — accepted: 1, dropped: 0, to decide: 8" was sent and never spoken
(a11y44, read in Orca's own log). What Orca 43 speaks whatever has the focus is a widget with
the *notification* role that shows. So each message also goes to a ``SpokenNotice``: a label
of no size (nothing on screen: the same words are shown elsewhere) whose accessible role is
Notification, hidden and shown again with the message as its name. The announcement event is
still sent, for the readers that take it (newer Orca, NVDA, VoiceOver).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget


class SpokenNotice(QLabel):
    """A label of no size whose accessible role is Notification; ``say`` shows it anew."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        _install_factory()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(0, 0)  # not in a layout: nothing drawn, nothing moves
        self.hide()

    def say(self, message: str, source: QWidget) -> None:
        """Speak ``message``: the notification for Orca 43, the announcement event, sent from
        ``source`` (the widget the message is about), for the others."""
        self.hide()
        self.setText(message)
        self.setAccessibleName(message)
        self.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, message))


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
