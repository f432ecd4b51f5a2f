"""A finished background task lets go of its work: PySide keeps a task started with autoDelete
off as long as its pool lives, so a task still holding its closure kept what the closure holds
(the draft review dialog, its analysis and widgets: one more each time the review was opened,
about +1 MB and +440 tracked objects per round of a long session, bench_gc_session.py)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication

from quizapp.ui.background import BackgroundRunner


class _Owner:
    """Stands for the dialog whose method the work is."""


def test_finished_work_is_not_kept_by_the_pool(qapp: QApplication) -> None:
    runner = BackgroundRunner()
    results: list[object] = []
    owners = []
    for _ in range(3):
        owner = _Owner()
        owners.append(weakref.ref(owner))
        runner.run(lambda owner=owner: id(owner), results.append, results.append)
        del owner
    assert runner.wait()
    while runner.busy():
        qapp.processEvents()
    gc.collect()
    assert len(results) == 3
    assert [ref() for ref in owners] == [None, None, None]
    runner.deleteLater()
