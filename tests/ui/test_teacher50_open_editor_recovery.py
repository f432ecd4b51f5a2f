"""An editor still open is not « an editor that did not close normally » (teacher50's walk:
with a pasted article not yet saved in one editor, File > New set… asked « The editor did
not close normally. Your unsaved work on “Government to scrap…”, kept at …, can be
restored. Restore it? » of the window still open beside it; « No » deleted the recovery
file that window keeps, so a crash then lost its work). Work a crash left is still offered."""

from __future__ import annotations

from pathlib import Path

from quizapp.sets.editing import recovery
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

ARTICLE = "Council to close two libraries\n\nThe council said on Monday that it would close them."


def _editing(qtbot, settings, data: Path):
    window = open_new_editor(settings, data, language="en")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    window.files.keep_recovery()
    qtbot.waitUntil(window.files.recovery_path.is_file)
    return window


def test_a_new_set_beside_an_open_editor_asks_nothing(
    qtbot, settings, tmp_path: Path, no_dialogs
) -> None:
    first = _editing(qtbot, settings, tmp_path / "data")
    second = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(second)
    assert not no_dialogs
    assert first.files.recovery_path.is_file()  # the open window's work is still kept
    assert not second.article.text.toPlainText()


def test_work_left_by_a_closed_window_is_still_offered(
    qtbot, settings, tmp_path: Path, no_dialogs
) -> None:
    first = _editing(qtbot, settings, tmp_path / "data")
    kept = first.files.recovery_path
    copy = recovery.recovery_folder(tmp_path / "data") / "new-crashed.json"
    copy.write_text(kept.read_text(encoding="utf-8"), encoding="utf-8")  # as a crash leaves it
    second = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(second)
    assert len(no_dialogs) == 1 and "did not close normally" in no_dialogs[0]
