"""Garbage is collected on the GUI thread only while the app runs (quizapp/ui/collector.py).

A Python-owned Qt widget in a reference cycle is destroyed by whichever thread runs the
collection; automatic collection ran in workers and crashed the app (commit b0315b4). Every
test puts the collector's state back as it found it: the suite's own collection is untouched.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.collector import GuiThreadCollector, collection_on_gui_thread


@pytest.fixture
def gc_state() -> Iterator[None]:
    """Automatic collection and thresholds restored after the test, whatever it did."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        (gc.enable if enabled else gc.disable)()


@pytest.fixture
def collection_threads() -> Iterator[list[str]]:
    """The name of the thread each collection starts in, while the test runs."""
    threads: list[str] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        yield threads
    finally:
        gc.callbacks.remove(note)


class _Cycle:
    """Holds itself and a widget: only the cyclic collector can free them."""

    def __init__(self, widget: QWidget | None = None) -> None:
        self.me = self
        self.widget = widget


def _allocate_in_a_worker() -> list[list[int]]:
    """Far more container allocations than generation 0's threshold, in another thread; they
    stay alive, so the count stays past the threshold for the GUI thread's timer too."""
    made: list[list[int]] = []
    worker = threading.Thread(target=lambda: made.extend([i] for i in range(20_000)), name="worker")
    worker.start()
    worker.join()
    return made


@pytest.mark.usefixtures("gc_state")
def test_the_app_turns_automatic_collection_off_and_back(qapp: QApplication) -> None:
    gc.enable()
    with collection_on_gui_thread(qapp) as collector:
        assert not gc.isenabled()
        assert collector.is_running()
    assert gc.isenabled()
    gc.disable()  # the command line's start-up state stays too
    with collection_on_gui_thread(qapp):
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("gc_state")
def test_the_timer_collects_on_the_gui_thread(
    qapp: QApplication, qtbot: QtBot, collection_threads: list[str]
) -> None:
    gc.set_threshold(100, 10, 10)
    with collection_on_gui_thread(qapp) as collector:
        collector._timer.setInterval(20)
        kept = _allocate_in_a_worker()
        assert "worker" not in collection_threads  # it passed the threshold: nothing ran there
        garbage = [_Cycle() for _ in range(300)]
        del garbage
        qtbot.waitUntil(lambda: bool(collection_threads), timeout=3000)
        del kept
    assert set(collection_threads) == {threading.main_thread().name}


@pytest.mark.usefixtures("gc_state")
def test_a_cycle_holding_a_widget_dies_on_the_gui_thread(qapp: QApplication, qtbot: QtBot) -> None:
    """Before: a worker's allocations ran the collection there, and it destroyed the widget."""
    gc.collect()
    gc.set_threshold(100, 10, 10)
    destroyed_in: list[str] = []
    with collection_on_gui_thread(qapp) as collector:
        collector._timer.setInterval(20)
        widget = QWidget()
        widget.destroyed.connect(lambda *_: destroyed_in.append(threading.current_thread().name))
        alive = weakref.ref(widget)
        _Cycle(widget)
        del widget
        assert alive() is not None  # the cycle holds it
        kept = _allocate_in_a_worker()
        assert alive() is not None and destroyed_in == []  # not collected in the worker
        qtbot.waitUntil(lambda: alive() is None, timeout=3000)
        del kept
    assert destroyed_in == [threading.main_thread().name]


@pytest.mark.usefixtures("gc_state")
def test_a_full_collection_waits_for_its_interval(qapp: QApplication) -> None:
    gc.set_threshold(1, 1, 1)
    collector = GuiThreadCollector(qapp, full_interval_s=3600)
    collector.start()
    try:
        for _ in range(50):
            junk = [[i] for i in range(50)]
            del junk
            assert collector.collect_due() in (0, 1)
        collector.full_interval_s = 0
        gc.collect(1)  # generation 2's count passes its threshold of 1
        gc.collect(1)
        assert collector.collect_due() == 2
    finally:
        collector.stop()
        collector.deleteLater()
