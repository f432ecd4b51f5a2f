"""A French-speaking student's week by keyboard and screen reader, at 200 % (student56).

She drafted a set from a short French article, then worked the built-in set, in the real
window under Xvfb with the text at 200 % and the focus read over AT-SPI after every key. What
she met and could not get past is pinned here, offscreen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.model import QuizSet
from quizapp.results.records import Attempt
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.shell import zoom
from quizapp.ui.spoken_notice import SpokenNotice
from quizapp.ui.study.export_dialog import ExportDialog
from quizapp.ui.study.settings_dialog import StudySettings
from tests.ui.student_helpers import open_window, show_questions
from tests.ui.student_helpers import settle as settle_layouts
from tests.ui.study_helpers import Clock, answer_all, answer_current, settle, study_window

Loader = Callable[[Path], QuizSet]


def test_the_results_say_the_score_where_the_focus_lands(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    """The results open on « Revoir les questions manquées »: a screen reader said that
    button's name alone, never « Votre score : 50 % » nor the pass or fail above it."""
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_all(window, lambda question_id: question_id.endswith("1"))
    view = window.stack.currentWidget()
    assert isinstance(view, ResultsView)
    settle(qtbot, flow)
    focus = QApplication.focusWidget()
    assert focus is view.review_button
    heard = focus.accessibleDescription()
    assert heard.startswith("Your score: ") and "Not passed (pass mark" in heard, heard
    assert "points: " in heard


@pytest.fixture
def at_200() -> Iterator[None]:
    """The text at 200 %, as she sets it; back to 100 % after."""
    zoom.apply_level(200)
    yield
    zoom.apply_level(zoom.DEFAULT_LEVEL)


def _no_sideways_scroll(page: QScrollArea) -> bool:
    """Nothing on the question's page is wider than its pane: no sideways scroll, and no
    widget kept wider than the page and cut at its right edge."""
    settle_layouts()
    body = page.widget()
    fits = body.minimumSizeHint().width() <= page.viewport().width()
    return fits and page.horizontalScrollBar().maximum() == 0


def test_what_the_find_found_fits_and_is_spoken(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    at_200: None,
    in_french: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 200 % « Trouvé : Entrée pour le suivant, Ctrl+U pour le retenir. » stood beside the
    find field, the question's pane scrolled sideways and the note's end was cut; and with
    the focus in the field a screen reader said nothing of whether the words were found."""
    said: list[str] = []
    monkeypatch.setattr(SpokenNotice, "say", lambda _self, text, _source: said.append(text))
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "locate-first-source")
    assert view.page is not None
    find = view.page.answer_widget.find
    find.field.setFocus()
    qtbot.keyClicks(find.field, "Elon")
    assert find.status.isVisible()
    assert _no_sideways_scroll(view.page)
    assert said == [find.status.text()]  # once, not again for each letter typed
    qtbot.keyClicks(find.field, "zzz")
    assert said[-1] == find.status.text() and len(said) == 2


def test_a_long_choice_on_a_row_does_not_widen_the_question(
    qtbot: QtBot, settings: QSettings, loader: Loader, at_200: None, in_french: None
) -> None:
    """At 200 %, a match row given « Un républicain proche de la Maison-Blanche » was as wide
    as that choice: the question's pane scrolled sideways and every row's text was cut at
    its right edge. The button keeps its whole choice for a screen reader."""
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-quotes")
    assert view.page is not None
    combos = view.page.answer_widget.combos()
    for combo in combos:
        combo.setCurrentIndex(max(range(combo.count()), key=lambda i: len(combo.itemText(i))))
    assert _no_sideways_scroll(view.page)
    longest = combos[0].itemText(combos[0].currentIndex())
    assert combos[0].text() == longest
    assert combos[0].accessibleName().endswith(longest.split(". ", 1)[1])


def test_back_from_a_resumed_quiz_the_home_shows_that_set(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    small_data: dict[str, Any],
) -> None:
    """The built-in set stood selected at start; she resumed her own set from the banner and
    finished it. Back in the library the built-in set was still selected, and the home beside
    it said « Aucune tentative terminée » and « Revoir mes erreurs (0) » for a set she had not
    played, her mistakes out of sight."""
    first = tmp_path / "first.quiz.yaml"
    with first.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(dict(small_data, id="first-set", title="First set"), stream)
    window, flow = study_window(qtbot, settings, loader, tmp_path, [first, small_set_file], Clock())
    window.library.start_button.click()  # her set, selected as the last opened
    answer_current(window.stack.currentWidget(), right=False)
    window.show_library()
    window.library.tree.setCurrentItem(window.library.tree.topLevelItem(0))
    settle(qtbot, flow)
    flow.home.banner.resume_button.click()
    answer_all(window, lambda question_id: False)
    window.stack.currentWidget()._library_button.click()
    settle(qtbot, flow)
    assert window.library.selected().quiz.id != "first-set"
    assert flow.home.review_button.isEnabled()


def _next_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next in the focus chain that takes Tab now."""
    after = widget.nextInFocusChain()
    while not (after.isEnabled() and after.isVisible() and after.focusPolicy() & Qt.TabFocus):
        after = after.nextInFocusChain()
    return after


def test_tab_from_the_list_reaches_the_quiz_waiting_before_start(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    """At start the focus is on the list; Tab went to Start, Open a file and Edit set before
    Resume, and Enter on the list began the selected set: she started the built-in set while
    her own quiz waited, a screen reader having said nothing of it."""
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_current(window.stack.currentWidget(), right=False)
    window.show_library()
    settle(qtbot, flow)
    banner = flow.home.banner
    assert banner.isVisible() and banner.resume_button.isEnabled()
    assert _next_stop(window.library.tree) is banner.resume_button
    assert _next_stop(banner.resume_button) is banner.discard_button
    assert _next_stop(banner.discard_button) is window.library.start_button


def test_the_export_dialog_fits_the_window_at_200(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, at_200: None, in_french: None
) -> None:
    """File > Exporter les résultats at 200 %: the dialog was 1,336 pixels wide on a 1,280
    screen, as wide as « 2026-12-07 12:19 — Musk critique Stargate : qui dit quoi ? — … » and
    « Point-virgule (;) et virgule décimale : tableurs réglés en français » side by side with
    their labels; « Exporter… » and « Fermer » were past the screen's edge."""
    title = "La piscine de Vals-les-Prés fermera tout l'été : qui dit quoi ?"
    attempt = Attempt(
        id=1, uid="u-1", set_id="piscine", set_hash="h", set_title=title, mode="quiz",
        status="finished", started_at="2026-12-04T12:15:00", ended_at="2026-12-04T12:24:00",
        student_name=None, points_earned=7.6, points_possible=15,
    )  # fmt: skip
    clock = lambda: dt.datetime(2026, 12, 7, 12, 0)  # noqa: E731
    dialog = ExportDialog(tmp_path / "results.db", [attempt], StudySettings(settings), clock)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_layouts()
    assert dialog.width() <= 1024, dialog.width()
    assert dialog.attempt.currentText().startswith("2026-12-04 12:15 — La piscine")
