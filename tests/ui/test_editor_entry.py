"""The editor's doors: File > New set (Ctrl+N) and Edit set in the library (a built-in set as a
copy), and "Try" opening the normal quiz screens while recording nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from quizapp.cli.main import main as cli_main
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.loader import load_set
from quizapp.ui.editor.preview import PreviewWindow
from quizapp.ui.editor.window import EditorWindow
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.shell.main_window import MainWindow


def _editors() -> list[EditorWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow)]


def test_new_set_and_edit_set_open_the_editor(qtbot, settings, loader, no_dialogs) -> None:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    entry = main.editor_entry
    assert entry.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    before = len(_editors())
    entry.new_action.trigger()
    assert len(_editors()) == before + 1
    builtin = next(p for p in builtin_set_paths() if "stargate" in p.name)
    main.add_builtin([LibraryEntry(builtin, load_set(builtin), builtin=True)])
    assert entry.edit_button.isEnabled() and entry.edit_action in main.library.tree.actions()
    opened = set(_editors())
    entry.edit_button.click()
    (copy,) = set(_editors()) - opened
    assert copy.files.path is None  # a built-in set is edited as a copy, saved with Save as
    assert copy.draft.get(("id",)) == load_set(builtin).id
    for window in _editors():
        window.draft.mark_saved()
        window.close()


def test_trying_the_set_records_nothing(
    qtbot, settings, tmp_path, no_dialogs, private_data_dir: Path
) -> None:
    from quizapp.ui.editor.entry import open_editor_on_file

    builtin = next(p for p in builtin_set_paths() if "stargate" in p.name)
    window = open_editor_on_file(settings, tmp_path / "data", builtin, as_copy=True)
    qtbot.addWidget(window)
    window.questions.select_question(0)
    QApplication.processEvents()
    window.actions.actions["try_question"].trigger()
    preview = window.actions.files.preview
    assert isinstance(preview, PreviewWindow) and len(preview.quiz.questions) == 1
    window.actions.actions["try_set"].trigger()
    whole = window.actions.files.preview
    assert len(whole.quiz.questions) == len(window.draft.get(("questions",)))
    assert not private_data_dir.exists() or not any(private_data_dir.rglob("*.db"))
    preview.close()
    whole.close()


def test_quizapp_edit_refuses_a_folder(tmp_path: Path, capsys) -> None:
    assert cli_main(["edit", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err
