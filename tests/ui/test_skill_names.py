"""People read skill names and prompts, never the identifiers the files keep.

The French results screen of the built-in set is walked widget by widget (texts, list items,
table cells and headers, accessible names): none of the set's tag or question ids may show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.quiz.review_view import ReviewView
from quizapp.ui.shell import i18n
from quizapp.ui.shell.main_window import MainWindow
from tests.ui.study_helpers import Clock, answer_all, settle, study_window

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install_language("fr")
    QApplication.processEvents()
    yield
    i18n.install_language("en")
    QApplication.processEvents()


def _finish_half_wrong(window: MainWindow) -> ResultsView:
    """Every other question wrong: results by skill, by label and a list of missed ones."""
    view = window.start_quiz(window.library.entries()[0], seed=0)
    quiz = view.session.quiz
    index = 0
    while view.session.state is not State.FINISHED:
        question = view.session.current.question
        pick = wrong_response if index % 2 else correct_response
        view.page.answer_widget.set_response(pick(question, quiz))
        view.check_button.click()
        view.next_button.click()
        index += 1
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    return results


def _texts(root: QWidget) -> Iterator[str]:
    """Every text a person can see or hear on ``root`` and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield from (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QListWidget):
            yield from (widget.item(row).text() for row in range(widget.count()))
        if isinstance(widget, QTableWidget):
            yield from _table_texts(widget)


def _table_texts(table: QTableWidget) -> Iterator[str]:
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        yield header.text() if header else ""
    for row in range(table.rowCount()):
        header = table.verticalHeaderItem(row)
        yield header.text() if header else ""
        for column in range(table.columnCount()):
            item = table.item(row, column)
            yield item.text() if item else ""


def _english_ids(quiz: QuizSet) -> set[str]:
    """The set's tag and question ids that are not also French words of the set's own texts."""
    words = " ".join(
        [q.prompt for q in quiz.questions]
        + [f"{t.name} {t.description}" for t in quiz.tags.values()]
        + [f"{label.name} {label.description}" for label in quiz.labels]
    ).casefold()
    ids = {tag for q in quiz.questions for tag in q.tags} | {q.id for q in quiz.questions}
    return {i for i in ids if not re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", words)}


def test_french_results_screen_shows_no_identifier(
    qtbot: QtBot, settings: QSettings, loader: Callable, french: None
) -> None:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(BUILTIN)
    results = _finish_half_wrong(window)
    quiz = window.library.entries()[0].quiz
    ids = _english_ids(quiz)
    assert {"anonymous-source", "author-voice", "who-emballe"} <= ids
    shown = "\n".join(_texts(results))
    assert "Sources anonymes" in shown and "La voix du média" in shown
    assert quiz.questions[1].prompt in shown  # a missed question, by its prompt
    found = sorted(i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", shown))
    assert found == []
    results.review_button.click()  # the review of the missed questions speaks words too
    review = window.stack.currentWidget()
    assert isinstance(review, ReviewView)
    shown = "\n".join(_texts(review))
    found = sorted(i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", shown))
    assert found == []


def test_a_tag_without_a_name_shows_its_id(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path
) -> None:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(small_set_file)
    quiz = window.library.entries()[0].quiz
    assert not quiz.tags
    results = _finish_half_wrong(window)
    shown = "\n".join(_texts(results))
    tags = {tag for q in quiz.questions for tag in q.tags}
    assert tags and all(tag in shown for tag in tags)


def test_home_chart_names_the_skills_and_keeps_unnamed_ids(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    tmp_path: Path,
    small_data: dict[str, Any],
) -> None:
    data = dict(small_data, tags={"sourcing": {"name": "Trouver la source"}})
    path = tmp_path / "named.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    window, flow = study_window(qtbot, settings, loader, tmp_path, [path], Clock())
    window.library.start_button.click()
    answer_all(window, lambda qid: True)
    window.show_library()
    settle(qtbot, flow)
    flow.home.chart_kind.setCurrentIndex(1)
    names = flow.home.chart.series_names()
    assert "Trouver la source" in names and "facts" in names and "sourcing" not in names


def test_exported_results_carry_prompts_and_skill_names(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    tmp_path: Path,
    small_data: dict[str, Any],
) -> None:
    from quizapp.results.handin.reading import read_export

    data = dict(small_data, tags={"sourcing": {"name": "Trouver la source"}})
    path = tmp_path / "named.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    window, flow = study_window(qtbot, settings, loader, tmp_path, [path], Clock())
    window.library.start_button.click()
    answer_all(window, lambda qid: True)
    window.show_library()
    settle(qtbot, flow)
    export = flow.open_export()
    target = tmp_path / "mine.json"
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_to(target)
    export.close()
    (item,) = read_export(target).attempts
    quiz = window.library.entries()[0].quiz
    assert all(item.words.prompt(q.id) == q.prompt for q in quiz.questions)
    assert item.words.tag_name("sourcing") == "Trouver la source"
    assert {tag for a in item.answers for tag in a.tags} >= {"sourcing"}  # ids kept
