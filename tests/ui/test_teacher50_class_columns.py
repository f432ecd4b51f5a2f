"""No column of the class results fills the window (teacher50's walk: a student who had not
typed a name was shown by their file's name, « (no name: quizapp results - government-to-
scrap-gcse-resits-for-pupils-who-narrowly-miss - 2026-12-06.csv) », and the Questions tab's
first column repeated the set's long title on every row; the scores and the share right were
past the window's edge, behind a scroll bar). A long text is cut, whole in its tooltip."""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "results"))  # results test helpers

from class_helpers import student_export
from results_helpers import choice

from quizapp.ui.teacher.class_results_view import open_class_results

FILE = "quizapp results - government-to-scrap-gcse-resits-for-pupils-who-narrowly-miss.csv"


def test_a_nameless_students_file_name_does_not_fill_the_table(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = student_export(tmp_path, FILE, None, [[choice("who", 0, True)]])
    window = open_class_results(None, [path])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.results is not None and not window.runner.busy())
    table = window.tables.students
    cap = table.fontMetrics().averageCharWidth() * 40  # a long prompt's width, at most
    widths = [table.columnWidth(column) for column in range(table.columnCount())]
    assert max(widths) <= cap
    assert FILE in table.item(0, 0).text() and FILE in table.item(0, 0).toolTip()
    numbers = [table.item(0, column) for column in range(2, table.columnCount())]
    assert not any(cell.toolTip() for cell in numbers if cell is not None)  # not cut: no tip
