"""A long session must not abort: PySide6 6.12.0 freed None after ~20,000 void calls on 3.11.

pyproject.toml keeps that release out; this test fails if a PySide6 that miscounts comes back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

MANY_VOID_CALLS = textwrap.dedent(
    """
    import os
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
