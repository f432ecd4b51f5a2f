"""mend36e (review36's note on ui36): the export offers the set's own name, a dot inside it
kept (« my.set.quiz.yaml » is offered as « my.set.xml », not « my.xml »), and tells GIFT from
Moodle XML by the one suffix rule of interchange.convert."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.interchange.convert import export_format
from quizapp.model import QuizSet
from quizapp.ui.shell.main_window import MainWindow


@pytest.fixture
def dotted_window(
    qtbot: QtBot, settings: QSettings, loader: Callable[[Path], QuizSet], small_set_file: Path
) -> MainWindow:
    """The window with the small set opened from a name that holds dots of its own."""
    dotted = small_set_file.with_name("my.set.quiz.yaml")
    small_set_file.rename(dotted)
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    main.open_path(dotted)
    return main


def test_the_offered_name_keeps_the_dots_of_the_set_name(
    dotted_window: MainWindow, monkeypatch: pytest.MonkeyPatch, no_dialogs
) -> None:
    offered: list[str] = []

    def cancel(_parent: object, _caption: str, suggested: str, *args: Any) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dotted_window.teacher.export_action.trigger()
    assert offered == ["my.set.xml"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bank.gift", "gift"), ("bank.TXT", "gift"), ("bank.xml", "moodle-xml"), ("bank", "x")],
)
def test_the_export_format_follows_the_import_suffixes(name: str, expected: str) -> None:
    assert export_format(Path(name), "x") == expected
