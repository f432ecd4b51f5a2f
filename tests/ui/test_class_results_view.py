"""The Class results window on three students' real exports: rows, difficulty, matrix, CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "results"))  # results test helpers

from class_helpers import class_of_three, student_export
from results_helpers import at, choice, open_db

from quizapp.results.export import export_from_db
from quizapp.results.handin.class_results import merge_files
from quizapp.results.handin.class_results_csv import class_csv
from quizapp.ui.teacher.class_results_view import ClassResultsWindow, open_class_results


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    return class_of_three(tmp_path / "hand-ins")


def _opened(qtbot: QtBot, paths: list[Path]) -> ClassResultsWindow:
    window = open_class_results(None, paths)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.results is not None and not window.runner.busy())
    return window


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _header(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(col).text() for col in range(table.columnCount())]


def test_three_students_show_their_rows_questions_and_the_matrix(
    qtbot: QtBot, three: list[Path]
) -> None:
    window = _opened(qtbot, three)
    tables = window.tables
    assert _column(tables.students, 0) == ["Alice Martin", "Bruno Keller", "Chloé Dubois"]
    # the students' CSV files hold 2 decimals: 2/3 is 0.67, so Alice has (1 + 0.67) / 2
    assert _column(tables.students, 4) == ["83.5 %", "16.5 %", "75 %"]
    assert _header(tables.students)[5:] == [  # the labels claims really had
        "Named source", "Anonymous source", "Vague group", "Plain fact",
    ]  # fmt: skip
    assert tables.students.item(0, 6).text() == "0 of 1 (0 %)"  # Alice's anonymous claim
    assert tables.students.item(0, 7).text() == ""  # she saw no vague claim
    assert _column(tables.questions, 2) == ["tf", "labels", "who"]  # hardest first
    assert _column(tables.questions, 6) == ["0 %", "33.3 %", "75 %"]  # with decimals
    matrix = tables.matrix
    assert _header(matrix)[-1] == "no label"
    assert [matrix.item(4, col).text() for col in range(6)] == ["", "", "", "1 ✘", "2 ✔", ""]
    assert matrix.item(2, 5).text() == "1 ✘"  # a vague claim left blank
    assert matrix.item(1, 2).text() == "1 ✘"  # an anonymous claim taken for a vague group
    assert "3 students, 4 attempts, 3 questions" in window.summary.text()  # plurals
    assert window.problems.isHidden() and window.export_button.isEnabled()


def test_numbers_sort_as_numbers(qtbot: QtBot, three: list[Path]) -> None:
    window = _opened(qtbot, three)
    window.tables.students.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert _column(window.tables.students, 0) == ["Bruno Keller", "Chloé Dubois", "Alice Martin"]


def test_a_bad_file_is_shown_with_its_message_and_the_rest_merged(
    qtbot: QtBot, three: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "grades.csv"
    bad.write_text("name;grade\r\nAlice;12\r\n", encoding="utf-8")
    window = _opened(qtbot, [bad, *three])
    assert window.tables.students.rowCount() == 3
    assert not window.problems.isHidden()
    assert window.problems.toPlainText().startswith(f"{bad}:1: missing column(s): format_version")
    assert "1 file could not be read" in window.summary.text()


def test_adding_files_merges_again_and_the_same_file_counts_once(
    qtbot: QtBot, three: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _opened(qtbot, three[:1])
    assert window.tables.students.rowCount() == 1
    chosen = [str(path) for path in three]  # Alice's file again, and the two others
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: (chosen, ""))
    window.add_button.click()
    assert window.runner.busy() and not window.add_button.isEnabled()  # read off the GUI thread
    qtbot.waitUntil(lambda: window.tables.students.rowCount() == 3)
    assert window.paths == three and window.results is not None
    assert window.results.duplicates == 0
    window.clear_button.click()
    assert window.tables.students.rowCount() == 0 and not window.export_button.isEnabled()


def test_export_writes_class_csv_in_the_chosen_variant(
    qtbot: QtBot, three: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _opened(qtbot, three)
    target = tmp_path / "classe"  # no suffix typed: .csv is added
    semicolon = window.tr("CSV, semicolon-separated with decimal commas (*.csv)")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), semicolon)
    )
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "classe.csv"
    qtbot.waitUntil(written.exists)  # a button's shortcut clicks it after a short animation
    assert written.read_bytes() == ("\ufeff" + class_csv(merge_files(three), ";")).encode()
    assert f"Wrote {written}" in window.summary.text()


def test_names_are_shown_as_typed_never_as_markup(qtbot: QtBot, tmp_path: Path) -> None:
    name = "<b>Zoé</b> <img src='http://x/y.png'>"
    path = student_export(tmp_path, "z.json", name, [[choice("who", 0, True)]])
    window = _opened(qtbot, [path])
    assert window.tables.students.item(0, 0).text() == name


def test_every_table_has_an_accessible_name_and_tabs_have_mnemonics(
    qtbot: QtBot, three: list[Path]
) -> None:
    window = _opened(qtbot, three)
    tables = window.tables
    for table in (tables.students, tables.questions, tables.matrix):
        assert table.accessibleName()
        assert not table.tabKeyNavigation()  # Tab moves on to the next control
    labels = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert all("&" in label for label in labels)
    assert window.problems.accessibleName() and window.summary.accessibleName()


def test_choosing_a_set_counts_only_its_attempts(qtbot: QtBot, tmp_path: Path) -> None:
    first = student_export(tmp_path, "a.csv", "Ana", [[choice("who", 0, True)]])
    db = open_db(tmp_path / "other-db")
    db.set_student_name("Ana")
    attempt = db.start_attempt("other", "h", "Autre <jeu>", "quiz", at(5))
    db.record_answer(attempt.id, choice("q1", 0, False), at(5, 10, 1))
    second = export_from_db(db, tmp_path / "b.json", "json", at(6))
    window = _opened(qtbot, [first, second])
    assert window.tables.questions.rowCount() == 2
    choices = [window.set_choice.itemText(i) for i in range(window.set_choice.count())]
    assert choices == ["All sets", "Autre <jeu> (other)", "Musk et Stargate (stargate)"]
    window.set_choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.results is not None and window.results.attempts == 1)
    assert _column(window.tables.questions, 2) == ["q1"]
    assert _column(window.tables.students, 4) == ["0 %"]
    assert window.selected_set() == "other" and window.set_choice.count() == 3
    window.clear_button.click()
    assert window.selected_set() is None and window.set_choice.count() == 1


def test_questions_show_their_prompt_from_the_files_or_the_open_set(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from quizapp.model import SetWords

    db = open_db(tmp_path / "db")
    attempt = db.start_attempt("stargate", "h", "Musk et Stargate", "quiz", at(5))
    db.record_answer(attempt.id, choice("who", 0, True), at(5, 10, 1))
    db.record_answer(attempt.id, choice("tf", 1, False, ("relay",)), at(5, 10, 2))
    db.record_answer(attempt.id, choice("lost", 2, False, ("own-tag",)), at(5, 10, 3))
    carried = {
        "stargate": SetWords(
            prompts={"who": "Qui parle ?"}, tag_names={"attribution": "Qui a dit quoi ?"}
        )
    }
    path = export_from_db(db, tmp_path / "a.json", "json", at(6), words=carried)
    known = {
        "stargate": SetWords(
            prompts={"tf": "Vrai ou faux ?", "who": "autre"}, tag_names={"relay": "Relais"}
        )
    }
    window = ClassResultsWindow(None, lambda: known)
    qtbot.addWidget(window)
    window.add_files([path])
    qtbot.waitUntil(lambda: window.results is not None and not window.runner.busy())
    ids, prompts = _column(window.tables.questions, 2), _column(window.tables.questions, 1)
    shown = dict(zip(ids, prompts, strict=True))
    assert shown["who"] == "Qui parle ?"  # as the student read it
    assert shown["tf"] == "Vrai ou faux ?"  # from the set open in the window
    assert shown["lost"] == "(open this set to see its question)"
    assert window.export_csv(tmp_path / "class.csv")
    written = (tmp_path / "class.csv").read_text(encoding="utf-8-sig")
    assert "Qui parle ?" in written and "Vrai ou faux ?" in written  # as the window shows
    assert set(_column(window.tables.questions, 0)) == {"Musk et Stargate"}
    skills = window.tables.skills
    assert _header(skills) == ["Skill", "Set", "Answers", "Points"]
    assert dict(zip(_column(skills, 0), _column(skills, 3), strict=True)) == {
        "Qui a dit quoi ?": "100 %",  # named in the file
        "Relais": "0 %",  # named by the set open in the window
        "own-tag": "0 %",  # named nowhere: its id
    }


def test_class_percentages_keep_their_decimals_in_the_ui_language() -> None:
    from PySide6.QtCore import QLocale

    from quizapp.ui.teacher.class_tables import percent_text

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert [percent_text(share) for share in (0.625, 1 / 3, 0.5, 1.0)] == [
            "62,5 %", "33,3 %", "50 %", "100 %",
        ]  # fmt: skip
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert percent_text(0.625) == "62.5 %"
    finally:
        QLocale.setDefault(previous)
