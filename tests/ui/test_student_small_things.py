"""The small things a student sees: right words, one mark, review, language, zoom, dark theme."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from quizapp.engine import ChoiceResponse
from quizapp.engine.keys import wrong_response
from quizapp.ui.quiz.review_view import ReviewView
from quizapp.ui.shell import i18n, theme, zoom
from tests.ui.student_helpers import open_window, settle, show_questions


@pytest.fixture(autouse=True)
def restore_look() -> Iterator[None]:
    yield
    zoom.apply_level(zoom.DEFAULT_LEVEL)
    theme.apply_theme("system")
    i18n.install_language("en")


def test_single_choice_right_option_not_picked_is_the_right_answer_marked_once(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe")
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    rows = view.page.answer_widget._rows
    right_row = next(
        row
        for row, index in enumerate(view.session.current.option_order)
        if question.options[index].correct
    )
    assert rows.badge(right_row).text.startswith("➜ The right answer")
    badges = [rows.badge(row) for row in range(len(rows.buttons()))]
    for badge in badges:  # one mark: the sign in the words, no icon beside it
        assert all(label.pixmap().isNull() for label in badge.findChildren(QLabel))


def test_match_instruction_is_neutral_and_review_has_no_instruction(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-designations")
    assert "quote" not in view.page._instruction.text()
    assert "choices" in view.page._instruction.text()  # no left and right (student54)
    session = view.session
    view.page.answer_widget.set_response(wrong_response(session.current.question, session.quiz))
    view.check_button.click()
    review = ReviewView(session, [session.current.question.id], None)
    qtbot.addWidget(review)
    review.resize(1024, 640)
    review.show()
    settle()
    assert not review.page._instruction.isVisibleTo(review.page)
    assert review.page.verticalScrollBar().value() == 0  # opens at the prompt


def test_language_menu_has_system_and_view_menu_shows_the_zoom(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    menus = window.view_menus
    assert menus.language_actions[i18n.SYSTEM].isChecked()
    assert menus.language_actions[i18n.SYSTEM].text().startswith("&System (")
    menus.choose_language("fr")
    assert settings.value(i18n.LANGUAGE_KEY) == "fr"
    menus.choose_language(i18n.SYSTEM)
    assert settings.value(i18n.LANGUAGE_KEY) is None
    assert menus.zoom_level.text() == "Text size: 100%"
    menus.zoom_by(1)
    assert menus.zoom_level.text() == "Text size: 110%"


def test_dark_theme_radio_dot_grows_with_zoom_and_disabled_text_is_readable(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    theme.apply_theme("dark")
    small = QRadioButton("1").sizeHint()
    zoom.apply_level(200)
    big = QRadioButton("1").sizeHint()
    style = QApplication.style()
    assert style.pixelMetric(style.PixelMetric.PM_ExclusiveIndicatorWidth) >= 2 * 13
    assert big.height() > small.height() * 1.5
    palette = QApplication.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
    assert disabled.lightness() - base.lightness() > 120


def test_locked_choice_keeps_the_pick_visible(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "vague-or-anonymous")
    view.page.answer_widget.set_response(ChoiceResponse(frozenset({0})))
    view.check_button.click()
    assert not view._progress.isTextVisible()  # the counter says it, never text on the fill
