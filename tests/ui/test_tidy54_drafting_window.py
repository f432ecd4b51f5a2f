"""What drafting uses of the editor's window is written as a protocol (``DraftingWindow``,
tidy54) instead of ``Any``: the editor's window has each part of it, and is its own
``window()``, so the review dialog and drafting's messages keep it as their parent."""

from __future__ import annotations

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.drafting import DraftingWindow
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data

USED = ("draft", "questions", "activateWindow", "statusBar", "window")


def test_the_editor_window_is_what_drafting_uses(qtbot, settings, tmp_path, no_dialogs) -> None:
    path = tmp_path / "small.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    members = {name for name in vars(DraftingWindow) if not name.startswith("_")}
    assert members == set(USED)
    assert all(hasattr(window, name) for name in USED)
    assert window.window() is window  # the parent drafting gives its dialog and messages
