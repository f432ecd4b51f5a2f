"""The library's box reads the loader's problems apart, never their joined text (errors36).

It read the text back with two regexes (« file:line:col: » in front, « (key) » after a quoted
name): a passage the teacher quoted as « On verra » (sic) lost its « (sic) » and its place, and
offered the editor for a problem the form does not name. Opening a file now, in the
foreground or the background, shows what the loader's problems say of themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.ui.shell.file_loading import LoadErrorBox, LoadFailure, failure_of
from quizapp.ui.shell.main_window import MainWindow

LOCATED = re.compile(r"set\.quiz\.yaml:\d+:\d+: ")
REMARK = "« On verra » (sic), a-t-il dit"  # not in the article: a passage not found


def _window(qtbot: QtBot, settings: Any, loader: Callable) -> MainWindow:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    return window


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "set.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    return path


def _box(window: MainWindow) -> LoadErrorBox:
    (box,) = [b for b in window.findChildren(LoadErrorBox) if b.isVisible()]
    return box


def _has_fix(box: QMessageBox) -> bool:
    return any("editor" in button.text() for button in box.buttons())


def test_a_passage_quoted_with_a_remark_keeps_its_words_and_its_place(
    qtbot: QtBot, settings: Any, loader: Callable, tmp_path: Path, small_data: dict
) -> None:
    small_data["questions"][0]["evidence"] = [REMARK]
    window = _window(qtbot, settings, loader)
    assert window.open_path(_write(tmp_path, small_data)) is None
    shown = _box(window).text()
    assert REMARK in shown, shown
    (line,) = [line for line in shown.splitlines() if REMARK in line]
    assert line.startswith(str(tmp_path)) and LOCATED.search(line), (
        line
    )  # for whoever edits the file by hand
    assert not _has_fix(_box(window))  # the form names no field for it


def test_opening_in_the_background_reads_the_same_problems(
    qtbot: QtBot, settings: Any, loader: Callable, tmp_path: Path, small_data: dict
) -> None:
    small_data["article"]["outlet"] = ""
    small_data["questions"][0]["evidence"] = [REMARK]
    path = _write(tmp_path, small_data)
    window = _window(qtbot, settings, loader)
    window.open_path(path)
    first = _box(window)
    shown, details = first.text(), first.detailedText()
    first.close()
    window.open_in_background(path)
    window.files.wait()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(LoadErrorBox)))
    box = _box(window)
    assert box.text() == shown and box.detailedText() == details
    assert "'News outlet' must not be empty" in shown.splitlines()  # no place, no key
    assert "(outlet)" in details and REMARK in shown
    assert _has_fix(box)


def test_the_box_never_reads_a_message_s_text() -> None:
    """A message that only looks like a field's (its key after a quoted name) is shown as
    the loader located it, and offers no editor: only ``form_message`` says the form's words."""
    looks_keyed = LocatedProblem(
        "/x/set.quiz.yaml", 3, 7, "« Média » (outlet) ne doit pas être vide"
    )
    failure = LoadFailure((looks_keyed,), str(looks_keyed))
    assert failure.shown_lines() == [
        "/x/set.quiz.yaml:3:7: « Média » (outlet) ne doit pas être vide"
    ]
    assert not failure.names_fields()
    worded = LocatedProblem(
        "/x/set.quiz.yaml", 3, 7, "m", field=("article", "outlet"), form_message="« Média »…"
    )
    assert LoadFailure((worded,), str(worded)).shown_lines() == ["« Média »…"]


def test_a_failure_without_problems_shows_its_text(tmp_path: Path) -> None:
    missing = tmp_path / "gone.quiz.yaml"
    failure = failure_of(missing, FileNotFoundError(2, "No such file or directory"))
    assert failure.problems == () and not failure.names_fields()
    assert failure.shown_lines() == [f"{missing}: No such file or directory"]
    located = LoadError.single(str(missing), "file not found")
    assert failure_of(missing, located).shown_lines() == [str(located)]
