"""The GUI-stall probe the benchmarks share: a timer ticking on the GUI thread every few
milliseconds; the gaps between its ticks are how long the window could not answer."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class GapTicker:
    """Collects the gaps (seconds) between ticks from ``start()`` to ``stop()``."""

    def __init__(self, interval_ms: int) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now
