"""The results file around the window: a damaged one set aside, settings, export for a teacher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.app import attach_study
from quizapp.engine import State
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.results.handin.reading import read_export
from quizapp.ui.shell.main_window import MainWindow
from tests.ui.study_helpers import Clock, answer_all, answer_current, settle, study_window

Loader = Callable[[Path], QuizSet]


def test_a_damaged_results_file_is_set_aside_with_a_message_and_a_fresh_one_started(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "results.db").write_bytes(b"this is not a database at all\n" * 200)
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.open_path(small_set_file)
    flow = attach_study(window, settings, folder)
    window.show()
    assert flow is not None
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.textFormat() == Qt.TextFormat.PlainText
    moved = sorted(folder.glob("results.db.corrupt-*"))
    assert len(moved) == 1 and moved[0].name in box.text()
    assert "new, empty results file" in box.text()
    box.close()
    window.library.start_button.click()
    answer_all(window, lambda qid: True)  # the fresh file takes the answers
    settle(qtbot, flow)
    with ResultsDB.open_reader(folder / "results.db") as reader:
        (attempt,) = [e.attempt for e in reader.attempts_of_set("small-set", None)]
        assert attempt.status == "finished" and attempt.answered == 6
    window.close()
    flow.controller.db.close()


def test_settings_then_export_from_the_dialog_reads_back(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    dialog = flow.open_settings()
    dialog.name.setText("  Zoé =Martin ")
    dialog.confidence.setChecked(True)
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    dialog.accept()
    assert flow.controller.db.student_name == "Zoé =Martin"
    assert flow.ask_confidence and flow.preferences.csv_delimiter == ";"
    for _ in range(2):
        window.library.start_button.click()
        view = window.stack.currentWidget()
        while view.session.state is not State.FINISHED:
            answer_current(view, view.session.answered_count % 2 == 0, "sure")
        window.show_library()
    settle(qtbot, flow)
    export = flow.open_export()
    assert export.one_button.isChecked()  # the attempt just finished is preselected
    assert export.delimiter.currentData() == ";"
    target = tmp_path / "one.csv"
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_to(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"format_version;student_name" in raw
    one = read_export(target)
    assert len(one.attempts) == 1 and one.student_name == "Zoé =Martin"
    last = flow.controller.db.attempt(flow.finished_attempt_id)
    assert one.attempts[0].attempt.uid == last.uid and len(one.attempts[0].answers) == 6
    assert all(a.confidence == "sure" for a in one.attempts[0].answers)
    export.all_button.setChecked(True)
    export.format.setCurrentIndex(export.format.findData("json"))
    assert not export.delimiter.isEnabled()
    every = tmp_path / "all.json"
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_to(every)
    both = read_export(every)
    assert len(both.attempts) == 2 and both.student_name == "Zoé =Martin"
    assert "Saved" in export.status.text()
    export.close()
    QApplication.processEvents()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    _window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    export = flow.open_export()
    with qtbot.waitSignal(export.failed, timeout=10_000):
        export.export_to(tmp_path / "no such folder" / "x.csv")
    assert "could not be written" in export.status.text()
    assert export.export_button.isEnabled()


def test_file_menu_opens_settings_and_export(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    from quizapp.ui.study.export_dialog import ExportDialog
    from quizapp.ui.study.settings_dialog import SettingsDialog

    window, _flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    actions = {a.text(): a for a in window.file_menu.actions()}
    assert actions["&Export results…"].shortcut().toString() == "Ctrl+Shift+E"
    actions["&Settings…"].trigger()
    actions["&Export results…"].trigger()
    shown = [w for w in window.findChildren(SettingsDialog) + window.findChildren(ExportDialog)]
    assert len(shown) == 2 and all(dialog.isVisible() for dialog in shown)
    for dialog in shown:
        dialog.reject()


def test_data_dir_option_reaches_the_app(monkeypatch, tmp_path: Path) -> None:
    import quizapp.app
    from quizapp import cli

    seen: dict[str, object] = {}

    def fake_run(files: list[Path], self_test: bool = False, data_dir: Path | None = None) -> int:
        seen.update(files=files, self_test=self_test, data_dir=data_dir)
        return 0

    monkeypatch.setattr(quizapp.app, "run", fake_run)
    assert cli.main(["--data-dir", str(tmp_path), "set.quiz.yaml"]) == 0
    assert seen == {"files": [Path("set.quiz.yaml")], "self_test": False, "data_dir": tmp_path}
    assert cli.main([]) == 0 and seen["data_dir"] is None
