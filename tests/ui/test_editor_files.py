"""Nothing lost: recovery after a killed editor, a file changed on disk by another program,
closing with unsaved changes, built-in sets opened as copies, files opened and saved again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.editing import recovery
from quizapp.sets.editing.writer import set_text
from quizapp.sets.loader import load_set
from quizapp.ui.editor.entry import open_editor_on_file, open_new_editor
from tests.conftest import small_set_data
from tests.ui.editor_helpers import field, named, save_as, type_into

CHILD = Path(__file__).with_name("editor_killed_child.py")
REPO = Path(__file__).resolve().parents[2]


def _run_and_kill(data_dir: Path, set_file: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), set_file],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "kept"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args):
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def set_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.quiz.yaml"
    path.write_text("# written by hand\n" + set_text(small_set_data()), encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_new_set_is_offered_back_after_the_editor_was_killed(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
):
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, "-")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window = open_new_editor(settings, data_dir)
    qtbot.addWidget(window)
    assert asked == ["Restore unsaved work?"]
    assert window.draft.get(("title",)) == "Travail non enregistré"
    assert window.draft.get(("questions", 0, "prompt")).startswith("Une affirmation à juger")
    assert window.draft.modified and field(window, "Title").text() == "Travail non enregistré"
    assert recovery.left_behind(data_dir) == []  # taken back: not offered twice


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_files_unsaved_changes_are_offered_back_or_dropped(
    qtbot, settings, tmp_path, set_file, no_dialogs, monkeypatch
):
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, str(set_file))
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    window = open_editor_on_file(settings, data_dir, set_file)
    assert window.draft.get(("title",)) == small_set_data()["title"]  # refused: the file's own
    window.close()  # deleted on close: not handed to qtbot
    _run_and_kill(data_dir, str(set_file))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window = open_editor_on_file(settings, data_dir, set_file)
    qtbot.addWidget(window)
    assert window.draft.get(("title",)) == "Travail non enregistré"
    window.actions.actions["undo"].trigger()  # restoring is one step: the file's version back
    assert window.draft.get(("title",)) == small_set_data()["title"]


def test_a_change_on_disk_is_noticed_and_never_overwritten_silently(
    qtbot, settings, tmp_path, set_file, no_dialogs
):
    window = open_editor_on_file(settings, tmp_path / "data", set_file)
    qtbot.addWidget(window)
    type_into(qtbot, field(window, "Title"), "Mon titre")
    other = set_file.read_text(encoding="utf-8").replace("Petit test", "Changé ailleurs")
    set_file.write_text(other, encoding="utf-8")
    qtbot.waitUntil(window.disk_notice.isVisible, timeout=5000)
    window.actions.actions["save"].trigger()  # asks; the test's answer is "no"
    assert any("Changed on disk" in line for line in no_dialogs)
    assert set_file.read_text(encoding="utf-8") == other and window.draft.modified
    window.reload_button.click()
    assert window.draft.get(("title",)).startswith("Changé ailleurs")
    assert not window.draft.modified and not window.disk_notice.isVisible()


def test_closing_with_unsaved_changes_asks_and_can_save(
    qtbot, settings, tmp_path, set_file, monkeypatch
):
    window = open_editor_on_file(settings, tmp_path / "data", set_file)  # closed by the test
    type_into(qtbot, named(window, QPlainTextEdit, "Description"), "Une description.")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.close()
    assert asked == ["Unsaved changes"]
    text = set_file.read_text(encoding="utf-8")
    assert text.startswith("# written by hand\n") and "Une description." in text
    assert load_set(set_file).description == "Une description."
    assert recovery.left_behind(tmp_path / "data", set_file) == []


def test_a_builtin_set_opens_as_a_copy_and_saves_unchanged(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
):
    builtin = next(path for path in builtin_set_paths() if "stargate" in path.name)
    original = builtin.read_text(encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", builtin, as_copy=True)
    qtbot.addWidget(window)
    assert window.files.path is None  # Save goes to Save as: the shipped file is never written
    target = tmp_path / "copy.quiz.yaml"
    save_as(window, target, monkeypatch)
    assert target.read_text(encoding="utf-8") == original
    assert load_set(target) == load_set(builtin)
    assert builtin.read_text(encoding="utf-8") == original


def test_an_edit_keeps_a_hand_written_files_comments(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
):
    builtin = next(path for path in builtin_set_paths() if "stargate" in path.name)
    path = tmp_path / "mine.quiz.yaml"
    path.write_text(builtin.read_text(encoding="utf-8"), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.questions.select_question(0)
    QApplication.processEvents()
    type_into(qtbot, window.form.prompt, "Qui dit « emballé » ?")
    window.actions.actions["save"].trigger()
    text = path.read_text(encoding="utf-8")
    comments = [
        line
        for line in builtin.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("#")
    ]
    assert comments and all(comment in text for comment in comments)
    assert load_set(path).questions[0].prompt == "Qui dit « emballé » ?"


def test_a_file_that_is_not_yaml_says_where_and_opens_nothing(settings, tmp_path, no_dialogs):
    path = tmp_path / "broken.quiz.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    assert open_editor_on_file(settings, tmp_path / "data", path) is None
    assert any("broken.quiz.yaml:" in line for line in no_dialogs)
