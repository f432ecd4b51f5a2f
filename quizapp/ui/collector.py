"""Python's cyclic garbage collector, run on the GUI thread only, from a timer.

Why: left automatic, the collector runs in whichever thread happens to allocate when a
generation's threshold is passed, often a worker (the editor's checker, a file loader, the
home's statistics). A Python-owned Qt object caught in a reference cycle is then destroyed
there, and Qt widgets must never be destroyed off the GUI thread: the app crashed about one
time in three after "Add accepted questions" in the draft review (commit b0315b4). Like other
PySide/PyQt apps (Anki's main window, pyqtgraph's GarbageCollector), the app switches
automatic collection off while the Qt application runs and collects from a QTimer instead:
the interpreter's own thresholds decide which generation is due, checked every second; a
full collection (the whole heap, the only slow one) at most once a minute. Reference
counting still frees everything outside cycles at once, so memory stays bounded.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000  # how often the timer looks at the collector's counts
FULL_INTERVAL_S = 60.0  # the least time between two full collections


class GuiThreadCollector(QObject):
    """Collects due generations from a timer of the thread it was made in (the GUI thread)."""

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        full_interval_s: float = FULL_INTERVAL_S,
    ) -> None:
        super().__init__(parent)
        self.full_interval_s = full_interval_s
        self._last_full = time.monotonic()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        """Automatic collection off from now on; the timer collects instead."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """The timer stops and automatic collection is as it was before ``start``."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def is_running(self) -> bool:
        """Whether the timer is collecting (between ``start`` and ``stop``)."""
        return self._timer.isActive()

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold, as the interpreter
        would (a full one only if the last was ``full_interval_s`` ago); the generation or None.
        """
        if gc.isenabled():  # something turned it back on (a worker's paused-collector guard)
            gc.disable()
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [gen for gen in (0, 1, 2) if thresholds[0] and counts[gen] > thresholds[gen]]
        if 2 in due and time.monotonic() - self._last_full < self.full_interval_s:
            due.remove(2)
        if not due:
            return None
        generation = due[-1]
        gc.collect(generation)
        if generation == 2:
            self._last_full = time.monotonic()
        return generation


@contextmanager
def collection_on_gui_thread(parent: QObject | None = None) -> Iterator[GuiThreadCollector]:
    """A started ``GuiThreadCollector`` for the time of the block; stopped and deleted after."""
    collector = GuiThreadCollector(parent)
    collector.start()
    try:
        yield collector
    finally:
        collector.stop()
        collector.deleteLater()
