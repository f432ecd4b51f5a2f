"""ui39: a set that still holds drafted questions no one reviewed (the « draft » mark, shown
« Drafted question, to review ») is never exported silently. The editor's and the window's
Export for Moodle say how many of how many are left and which; « Review them » (the default
button: Enter) selects the first in the editor's question list with the keyboard on it,
« Export anyway » goes on, Escape cancels. ``quizapp export`` writes the file and says the
same on stderr, with the command that opens the set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ruamel.yaml import YAML

from quizapp.cli import main
from quizapp.sets.unreviewed import unreviewed_numbers
from quizapp.ui.editor.entry import open_editor_on_file
from quizapp.ui.shell.main_window import MainWindow


@pytest.fixture
def drafted_file(tmp_path: Path, small_data: dict[str, Any]) -> Path:
    """The small set with its second and fourth questions still marked for review."""
    for index in (1, 3):
        small_data["questions"][index]["tags"] = ["draft", "attribution"]
    path = tmp_path / "drafted.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(small_data, stream)
    return path


@pytest.fixture
def answer_box(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The warning box answers with the button named in ``seen["click"]`` (its text) and
    records what it said, its default and its escape buttons."""
    seen: dict[str, Any] = {"click": "&Review them"}

    def fake_exec(box: QMessageBox) -> int:
        seen.update(text=box.text(), details=box.informativeText(), name=box.accessibleName())
        seen.update(default=box.defaultButton().text(), escape=box.escapeButton())
        seen.update(description=box.accessibleDescription())
        chosen = [b for b in box.buttons() if b.text() == seen["click"]]
        (chosen[0] if chosen else box.escapeButton()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def _target(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_the_numbers_of_the_questions_still_to_review(drafted_file: Path) -> None:
    data = YAML(typ="safe").load(drafted_file.read_text(encoding="utf-8"))
    assert unreviewed_numbers(data["questions"]) == [2, 4]


def test_the_editor_asks_and_review_goes_to_the_first(
    qtbot, settings, tmp_path: Path, drafted_file: Path, monkeypatch, answer_box, no_dialogs
) -> None:
    editor = open_editor_on_file(settings, tmp_path / "data", drafted_file)
    qtbot.addWidget(editor)
    editor.show()
    _target(monkeypatch, tmp_path / "out.xml")
    editor.actions.actions["export"].trigger()
    assert not (tmp_path / "out.xml").exists()
    assert answer_box["text"].startswith("2 questions of the 6 in this set are still marked")
    assert "To review: questions 2, 4." in answer_box["details"]
    assert answer_box["name"] == "Export for Moodle" and "2, 4" in answer_box["description"]
    assert answer_box["default"] == "&Review them"
    assert editor.questions.question_index() == 1
    assert QApplication.focusWidget() is editor.questions or not editor.isActiveWindow()


def test_export_anyway_writes_the_file(
    qtbot, settings, tmp_path: Path, drafted_file: Path, monkeypatch, answer_box, no_dialogs
) -> None:
    editor = open_editor_on_file(settings, tmp_path / "data", drafted_file)
    qtbot.addWidget(editor)
    answer_box["click"] = "E&xport anyway"
    _target(monkeypatch, tmp_path / "out.xml")
    editor.actions.actions["export"].trigger()
    assert "<quiz>" in (tmp_path / "out.xml").read_text(encoding="utf-8")


def test_escape_cancels(
    qtbot, settings, tmp_path: Path, drafted_file: Path, monkeypatch, answer_box, no_dialogs
) -> None:
    editor = open_editor_on_file(settings, tmp_path / "data", drafted_file)
    qtbot.addWidget(editor)
    answer_box["click"] = None
    _target(monkeypatch, tmp_path / "out.xml")
    editor.actions.actions["export"].trigger()
    assert not (tmp_path / "out.xml").exists() and editor.questions.question_index() is None


def test_the_window_s_export_opens_the_editor_on_the_first(
    qtbot, settings, loader, tmp_path: Path, drafted_file: Path, monkeypatch, answer_box, no_dialogs
) -> None:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(drafted_file)
    _target(monkeypatch, tmp_path / "out.xml")
    window.teacher.export_action.trigger()
    assert not (tmp_path / "out.xml").exists()
    editors = [w for w in QApplication.topLevelWidgets() if hasattr(w, "questions")]
    assert editors and editors[-1].questions.question_index() == 1
    for editor in editors:
        qtbot.addWidget(editor)


def test_a_reviewed_set_exports_without_asking(
    qtbot, settings, tmp_path: Path, small_set_file: Path, monkeypatch, answer_box, no_dialogs
) -> None:
    editor = open_editor_on_file(settings, tmp_path / "data", small_set_file)
    qtbot.addWidget(editor)
    _target(monkeypatch, tmp_path / "out.xml")
    editor.actions.actions["export"].trigger()
    assert "text" not in answer_box and (tmp_path / "out.xml").exists()


def test_the_command_warns_on_stderr(drafted_file: Path, tmp_path: Path, capsys) -> None:
    gift = tmp_path / "out.gift"
    assert main(["export", str(drafted_file), "--to", "gift", "-o", str(gift)]) == 0
    err = capsys.readouterr().err
    assert "2 of the 6 questions still carry the mark « draft »" in err
    assert "2 (partners), 4 (labels)" in err and f"quizapp edit {drafted_file}" in err


def test_the_status_line_names_the_questions_still_to_review(
    qtbot, settings, tmp_path: Path, drafted_file: Path
) -> None:
    """« ready to be tried and handed out » was said of a set whose drafts no one had read."""
    editor = open_editor_on_file(settings, tmp_path / "data", drafted_file)
    qtbot.addWidget(editor)
    text = editor.summary_text([], [])
    assert text == "No problem; to review before handing it out: 2 questions, 2, 4"
