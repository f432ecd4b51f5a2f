"""ui36b: the window's Moodle export report names questions as the teacher sees them.

ui36's report read « note: classify-4: the claims' own explanations are not exported »: an id
the window never shows her. It now says the question's number and the start of its prompt;
the ``quizapp export`` command keeps its own report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from quizapp.ui.shell.main_window import MainWindow
from tests.ui.test_ui36_moodle_export import window  # noqa: F401 (a fixture)


def _export(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.teacher.export_action.trigger()


def test_the_report_says_number_and_prompt_not_ids(
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs,
) -> None:
    _export(window, tmp_path / "for-moodle.xml", monkeypatch)
    (report,) = no_dialogs
    assert "5 questions written to for-moodle.xml (Moodle XML)." in report
    assert (
        "question 1 (One right answer, Qui dit que Musk s'était emballé ?): Moodle shuffles"
        in report
    )
    assert (
        "question 6 (Find the passage in the article, "
        "Sélectionnez le passage qui vient d'un…): locate" in report
    )
    assert "who:" not in report and "where:" not in report


def test_gift_points_name_the_question_too(
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs,
) -> None:
    _export(window, tmp_path / "for-moodle.gift", monkeypatch)
    (report,) = no_dialogs
    assert (
        "question 2 (Several right answers, Qui est dans le projet ?): GIFT has no place for points"
        in report
    )


def test_in_french_too(
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs,
    in_french,
) -> None:
    """The French report says « classify-4 : » with a space: the id went through (real window)."""
    _export(window, tmp_path / "pour-moodle.xml", monkeypatch)
    (report,) = no_dialogs
    assert "5 questions écrites dans pour-moodle.xml" in report
    assert "question 1 (Une seule bonne réponse, Qui dit que Musk s'était emballé ?)" in report
    assert "who" not in report and "where" not in report
