"""The export dialog rounds an attempt's score as the results screen does (teacher50's walk:
a student finished a 12-question set with 5 points under the 60 % mark; the results screen
said « Your score: 41% », and File > Export results, opened at once, listed the same attempt
as « … — 42% »). A run under the mark is rounded down, a pass to the nearest
(``score_figures``), with the set's own mark, or the format's default for a set not open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quizapp.results.records import Attempt
from quizapp.ui.quiz.results.result_tables import shown_score
from quizapp.ui.study.export_dialog import ExportDialog
from quizapp.ui.study.settings_dialog import StudySettings


def _attempt(earned: float, possible: float) -> Attempt:
    return Attempt(
        id=1, uid="u-1", set_id="resits", set_hash="h", set_title="GCSE resits", mode="quiz",
        status="finished", started_at="2026-12-06T19:05:00", ended_at="2026-12-06T19:06:00",
        student_name=None, points_earned=earned, points_possible=possible,
    )  # fmt: skip


def _listed(qtbot, settings, tmp_path: Path, attempt: Attempt, marks: dict | None) -> str:
    clock = lambda: dt.datetime(2026, 12, 6, 19, 7)  # noqa: E731
    dialog = ExportDialog(
        tmp_path / "results.db", [attempt], StudySettings(settings), clock, pass_marks=marks
    )
    qtbot.addWidget(dialog)
    return dialog.attempt.itemText(0)


@pytest.mark.parametrize(
    ("earned", "mark", "shown"),
    [(5, 0.6, "41%"), (5, None, "41%"), (5, 0.4, "42%"), (7.17, 0.6, "59%"), (8, 0.6, "67%")],
)
def test_the_listed_score_is_the_results_screens(
    qtbot, settings, tmp_path: Path, earned: float, mark: float | None, shown: str
) -> None:
    marks = None if mark is None else {"resits": mark}
    listed = _listed(qtbot, settings, tmp_path, _attempt(earned, 12), marks)
    assert listed.endswith(f"— {shown}")
    passed = earned / 12 >= (0.6 if mark is None else mark)
    assert shown == f"{shown_score(earned / 12, earned, passed)[0]}%"


def test_an_attempt_with_no_answer_shows_a_dash(qtbot, settings, tmp_path: Path) -> None:
    assert _listed(qtbot, settings, tmp_path, _attempt(0, 0), None).endswith("— –")


def _note(qtbot, settings, tmp_path: Path, name: str | None) -> str:
    clock = lambda: dt.datetime(2026, 12, 6, 19, 7)  # noqa: E731
    dialog = ExportDialog(
        tmp_path / "results.db", [_attempt(5, 12)], StudySettings(settings), clock,
        student_name=name,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    return dialog._note.text()


def test_with_no_name_the_note_says_where_to_type_it(qtbot, settings, tmp_path: Path) -> None:
    """The note said « Your name from the settings is written into the file » with no name
    set; the teacher then saw « (no name: quizapp results - … .csv) »."""
    note = _note(qtbot, settings, tmp_path, None)
    assert "No name is set" in note and "File > Settings" in note
    assert "Your name from the settings" in _note(qtbot, settings, tmp_path, "Amira Khan")
    assert "No name is set" in _note(qtbot, settings, tmp_path, "  ")
