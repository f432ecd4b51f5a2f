"""The data folder given to the app (``--data-dir``, a portable copy on a USB stick) also holds
the editor's recovery files when the editor is opened from the main window, and the editor
offers back what was kept there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.editing import recovery
from quizapp.sets.loader import load_set
from quizapp.ui.editor.window import EditorWindow
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.shell.main_window import MainWindow
from tests.ui.editor_helpers import field, type_into


def _editors() -> set[EditorWindow]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow)}


def _kept(window: EditorWindow) -> Path:
    window.files.keep_recovery()
    window.files._runner.wait()
    return window.files.recovery_path


def _close(window: EditorWindow) -> None:
    window.draft.mark_saved()
    window.close()


def test_new_and_edited_sets_keep_their_recovery_in_the_main_windows_data_folder(
    qtbot, settings, loader, tmp_path, no_dialogs, private_data_dir
) -> None:
    portable = tmp_path / "usb-stick"
    main = MainWindow(settings, loader, data_folder=portable)
    qtbot.addWidget(main)
    before = _editors()
    main.editor_entry.new_action.trigger()
    (new,) = _editors() - before
    type_into(qtbot, field(new, "Title"), "Mon ensemble")
    kept = _kept(new)
    assert kept.parent == recovery.recovery_folder(portable) and kept.exists()
    assert not recovery.recovery_folder(private_data_dir).exists()
    _close(new)
    builtin = next(p for p in builtin_set_paths() if "stargate" in p.name)
    main.add_builtin([LibraryEntry(builtin, load_set(builtin), builtin=True)])
    before = _editors()
    main.editor_entry.edit_button.click()
    (copy,) = _editors() - before
    assert copy.files.data_folder == portable
    _close(copy)


def test_the_app_started_with_a_data_dir_gives_it_to_the_editor(
    qtbot, tmp_path, monkeypatch, no_dialogs, private_data_dir
) -> None:
    import quizapp.app as app_module
    from quizapp.ui.shell import i18n

    portable = tmp_path / "portable"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # keep the user's settings untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)  # run() returns at once
    mains = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    try:
        assert app_module.run([], data_dir=portable) == 0
    finally:
        i18n.install_language("en")  # run() applied the saved (or the system's) language
    (main,) = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)} - mains
    qtbot.addWidget(main)
    assert (portable / "results.db").exists()
    before = _editors()
    main.editor_entry.new_action.trigger()
    (new,) = _editors() - before
    assert new.files.recovery_path.parent == recovery.recovery_folder(portable)
    _close(new)
