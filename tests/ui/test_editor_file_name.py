"""The file name the save dialog first offers for a set made from an article: short enough to
read whole (teacher15: a fourteen-word headline was offered as an 80-character name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from quizapp.ui.editor.entry import open_new_editor


def test_a_long_headline_offers_a_short_file_name(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    article = tmp_path / "article.txt"
    headline = "Les maires des petites villes demandent à l'État de ne pas les empêcher d'agir"
    article.write_text(f"{headline}\n\nSelon le syndicat, la grève est suivie.", encoding="utf-8")
    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    offered: list[str] = []

    def saved(_parent, _title, proposed, _filter):
        offered.append(proposed)
        return "", ""  # she cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(article), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", saved)
    window.actions.files.open_article()
    window.actions.files.save_as()
    assert Path(offered[-1]).name == "les-maires-des-petites-villes-demandent.quiz.yaml"
