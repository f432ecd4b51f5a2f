"""Exports a teacher can collect: whose file, in the documents folder, in the UI's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.shell.i18n import install_language
from quizapp.ui.study.export_files import documents_folder
from tests.ui.study_helpers import Clock, answer_all, study_window


@pytest.fixture
def french() -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def test_export_is_named_after_the_student_and_set_and_speaks_french(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    tmp_path: Path,
    small_set_file: Path,
    french: None,
) -> None:
    clock = Clock()
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], clock)
    flow.controller.db.set_student_name("Zoé Lefèvre")
    window.library.start_button.click()
    answer_all(window, lambda qid: True)
    export = flow.open_export()
    assert export.delimiter.currentData() == ";"  # French UI: semicolons, decimal commas
    set_id = window.library.entries()[0].quiz.id
    day = clock.now.date().isoformat()
    assert export.default_file_name() == f"Zoé Lefèvre - {set_id} - {day}.csv"
    export.export_button.click()
    dialog = export.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == Path(documents_folder()).resolve()
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "Voir dans\u00a0:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Fichiers de type\u00a0:"
    target = tmp_path / export.default_file_name()
    with qtbot.waitSignal(export.exported, timeout=10_000):
        dialog.fileSelected.emit(str(target))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Version du format;Élève;")
    assert lines[1].startswith("format_version;student_name;")
    dialog.reject()
    export.close()
    QApplication.processEvents()
