"""A new set made from an article she opened is saved beside the article: the save dialog
opens in the folder of the last file opened or saved, never in the home folder by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from quizapp.ui.editor.disk.last_folder import start_folder
from quizapp.ui.editor.entry import open_new_editor


def test_the_save_dialog_of_a_new_set_opens_beside_the_article(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    lessons = tmp_path / "cours"
    lessons.mkdir()
    article = lessons / "greve.txt"
    article.write_text("Un titre\n\nSelon le syndicat, la grève est suivie.", encoding="utf-8")
    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    asked: list[str] = []

    def opened(_parent, _title, folder, _filter):
        asked.append(folder)
        return str(article), ""

    def saved(_parent, _title, proposed, _filter):
        asked.append(proposed)
        return "", ""  # she cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", opened)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", saved)
    window.actions.files.open_article()
    window.actions.files.save_as()
    assert Path(asked[-1]).parent == lessons
    assert start_folder(settings) == lessons  # the next session starts there too
