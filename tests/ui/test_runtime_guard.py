"""The None reference-count guard keeps a long session alive on CPython 3.11."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from quizapp.ui.runtime_guard import needs_guard

MANY_VOID_CALLS = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from quizapp.app import application
    from PySide6.QtWidgets import QLabel
    app = application()
    label = QLabel()
    for _ in range(60_000):
        label.setText("x")
    print("alive")
    """
)


def test_sixty_thousand_void_qt_calls_do_not_abort_the_app() -> None:
    done = subprocess.run(
        [sys.executable, "-c", MANY_VOID_CALLS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "alive" in done.stdout


@pytest.mark.skipif(not needs_guard(), reason="None is immortal on this Python")
def test_none_has_room_to_spare() -> None:
    assert sys.getrefcount(None) > 1 << 39
