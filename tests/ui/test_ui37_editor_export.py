"""ui37: the set editor's File menu exports the set for Moodle, where a teacher who has just
reviewed a draft looks for it (round 36 put the export in the main window's menu only).

The export writes what the file holds: unsaved changes are saved first when she agrees, and a
set that does not open for a quiz yet is not exported (she is told what to fix)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.entry import open_editor_on_file
from tests.ui.test_editor_alt_keys import _letter


@pytest.fixture
def editor(qtbot, settings, tmp_path: Path, small_set_file: Path):
    window = open_editor_on_file(settings, tmp_path / "data", small_set_file)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _target(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_the_editors_file_menu_exports_the_saved_set(
    editor, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    export = editor.actions.actions["export"]
    assert export in editor.actions.menus["file"].actions()
    _target(monkeypatch, tmp_path / "for-moodle.xml")
    export.trigger()
    assert "<quiz>" in (tmp_path / "for-moodle.xml").read_text(encoding="utf-8")
    assert len(no_dialogs) == 1 and "for-moodle.xml" in no_dialogs[0]


def test_unsaved_changes_are_saved_first_when_she_agrees(
    editor, tmp_path: Path, small_set_file: Path, monkeypatch, no_dialogs
) -> None:
    editor.draft.apply(SetValue(("title",), "Une série revue"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    _target(monkeypatch, tmp_path / "for-moodle.xml")
    editor.actions.actions["export"].trigger()
    assert "Une série revue" in small_set_file.read_text(encoding="utf-8")
    assert "Une série revue" in (tmp_path / "for-moodle.xml").read_text(encoding="utf-8")
    assert not editor.draft.modified


def test_unsaved_changes_she_does_not_save_export_nothing(
    editor, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    editor.draft.apply(SetValue(("title",), "Une série revue"))
    _target(monkeypatch, tmp_path / "for-moodle.xml")
    editor.actions.actions["export"].trigger()  # no_dialogs answers Discard
    assert not (tmp_path / "for-moodle.xml").exists()
    assert no_dialogs and "Save your changes first?" in no_dialogs[0]


def test_a_set_that_does_not_open_is_not_exported(
    editor, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    editor.draft.apply(SetValue(("questions", 0, "prompt"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    _target(monkeypatch, tmp_path / "for-moodle.xml")
    editor.actions.actions["export"].trigger()
    assert not (tmp_path / "for-moodle.xml").exists()
    assert any("cannot be exported yet" in text for text in no_dialogs)


def test_the_editors_file_menu_letters_stay_unshared(editor, language) -> None:
    letters = [_letter(action.text()) for action in editor.actions.menus["file"].actions()]
    letters = [letter for letter in letters if letter]
    assert len(letters) == len(set(letters)), (language, letters)


def test_the_note_on_claims_explanations_is_a_whole_sentence(
    editor, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    """ui37's walk-through: the report's note ended « the question's explanation is », as if
    cut off; it says what happens to it."""
    index = next(i for i, q in enumerate(editor._question_data()) if q["type"] == "classify")
    editor.draft.apply(SetValue(("questions", index, "items", 0, "explanation"), "Sans nom."))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    _target(monkeypatch, tmp_path / "for-moodle.xml")
    editor.actions.actions["export"].trigger()
    (report,) = [text for text in no_dialogs if "written to" in text]
    assert "the question's explanation is exported" in report
