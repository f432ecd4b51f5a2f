"""Every accessibility event Qt itself sends, caught offscreen, with the words it carried.

Patching ``QAccessible.updateAccessibility`` in Python sees only the events the app sends
itself; the ones Qt sends from C++ (a button's ``setText``, a widget's ``setAccessibleName``)
never pass through it. Qt has a hook for all of them, ``QAccessible::installUpdateHandler``,
which PySide6 does not bind: it is called here through ctypes from Qt's own library (Linux
only; elsewhere the tests that need it are skipped). The handler runs while the event is sent,
so the name read there is the one an AT-SPI bridge would put in the event (mend46c).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent

LIBRARY = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
INSTALL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
Handler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Sent:
    """One event: its source, its kind, and the source's name and description just then."""

    source: QObject
    kind: QAccessible.Event
    name: str
    description: str


def can_spy() -> bool:
    """Whether Qt's library is where PySide6 ships it on Linux."""
    return LIBRARY.is_file()


@contextmanager
def qt_updates() -> Iterator[list[Sent]]:
    """Qt's accessibility on, as when a reader listens; every event sent meanwhile while it is
    on, in order. Qt 6 calls the handler (and nothing else: no platform is told) even while its
    accessibility is switched off, when a platform's bridge would drop the event: those are
    left out, as no reader would have them."""
    install = ctypes.CDLL(str(LIBRARY))[INSTALL]
    install.restype = ctypes.c_void_p
    sent: list[Sent] = []

    def note(address: int) -> None:
        if not QAccessible.isActive():  # sent while off (``quiet_for_readers``): no reader hears
            return
        event = shiboken6.wrapInstance(address, QAccessibleEvent)
        source = event.object()
        face = QAccessible.queryAccessibleInterface(source) if source is not None else None
        name = face.text(QAccessible.Text.Name) if face else ""
        description = face.text(QAccessible.Text.Description) if face else ""
        sent.append(Sent(source, event.type(), name, description))

    handler = Handler(note)  # kept alive until the old handler is back
    install.argtypes = [Handler]
    old = install(handler)
    QAccessible.setActive(True)
    try:
        yield sent
    finally:
        QAccessible.setActive(False)
        install.argtypes = [ctypes.c_void_p]
        install(old)
