"""The baseline of bench_bundle.py: the smallest app of the same kind as quizapp.

A PySide6 main window whose start validates a small pydantic model, and nothing else. Packaged
with the same spec options as quizapp, it tells how much of the bundle's size and start-up is
Qt + Python + pydantic, which no change to quizapp can remove. Like quizapp, it quits right after
its window is shown when QUIZAPP_EXIT_WHEN_SHOWN=1, printing the same line.
"""

from __future__ import annotations

import os
import sys

from pydantic import BaseModel, ConfigDict, Field
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Greeting(BaseModel):
    """A frozen, strict model like quizapp's, so that pydantic's start-up cost is paid too."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    title: str = Field(min_length=1)
    lines: list[str]


def main() -> int:
    app = QApplication(sys.argv[:1])
    greeting = Greeting.model_validate({"title": "Minimal window", "lines": ["hello", "world"]})
    window = QMainWindow()
    window.setWindowTitle(greeting.title)
    window.setCentralWidget(QLabel("\n".join(greeting.lines)))
    window.show()
    if os.environ.get("QUIZAPP_EXIT_WHEN_SHOWN") == "1":
        QTimer.singleShot(0, lambda: (print("quizapp: window shown", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
