"""Text size and theme: View > Zoom and View > Theme apply at once, are kept, stay legible."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.ui.common import is_dark
from quizapp.ui.quiz.results.result_tables import DARK_CELLS, LIGHT_CELLS
from quizapp.ui.shell import theme, zoom
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.shell.view_menus import apply_saved_preferences


@pytest.fixture(autouse=True)
def restore_look() -> Iterator[None]:
    yield
    zoom.apply_level(zoom.DEFAULT_LEVEL)
    theme.apply_theme("system")


def _window(qtbot: QtBot, settings: QSettings, loader: Callable, path: Path) -> MainWindow:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_path(path)
    return window


def _point_size() -> float:
    return QApplication.font().pointSizeF()


def test_zoom_shortcuts_scale_every_text_and_are_remembered(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    base = _point_size()
    heading = window.library._heading
    assert heading.font().pointSizeF() == pytest.approx(base * 1.4)
    menus = window.view_menus
    assert (
        QKeySequence("Ctrl+=") in menus.zoom_in.shortcuts()
    )  # Ctrl++ needs Shift on many keyboards
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the new font reaches the widgets through posted events
    assert zoom.current_level() == 125
    assert _point_size() == pytest.approx(base * 1.25)
    assert window.library.tree.font().pointSizeF() == pytest.approx(base * 1.25)
    assert heading.font().pointSizeF() == pytest.approx(base * 1.25 * 1.4)  # headings follow
    assert settings.value(zoom.ZOOM_KEY) in (125, "125")
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.current_level() == 110
    zoom.apply_level(zoom.DEFAULT_LEVEL)  # as a fresh start would have it
    apply_saved_preferences(settings)  # the next start
    assert zoom.current_level() == 110
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _point_size() == pytest.approx(base)
    assert settings.value(zoom.ZOOM_KEY) in (100, "100")


def test_zoom_steps_stop_at_the_ends() -> None:
    assert zoom.step(zoom.LEVELS[-1], 1) == zoom.LEVELS[-1]
    assert zoom.step(zoom.LEVELS[0], -1) == zoom.LEVELS[0]
    assert zoom.step(100, 1) == 110 and zoom.step(200, -1) == 175


def _cut(top: QWidget) -> list[str]:
    """Visible word-wrapped labels shorter than their text needs, buttons narrower."""
    found = []
    for label in top.findChildren(QLabel):
        shown = label.isVisible() and label.wordWrap() and label.text()
        if shown and label.height() < label.heightForWidth(label.width()):
            found.append(f"label {label.text()[:40]!r}")
    for button in top.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r}")
    return found


def test_nothing_is_cut_at_200_percent(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, small_quiz: QuizSet
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    zoom.set_level(settings, 200)
    _settle()
    assert _cut(window) == []
    view = window.start_quiz(window.library.entries()[0], seed=0)
    for _ in range(len(small_quiz.questions)):
        question = view.session.current.question
        _settle()
        assert _cut(window) == [], question.type
        pick = wrong_response if question.type in ("true_false", "classify") else correct_response
        view.page.answer_widget.set_response(pick(question, small_quiz))
        view.check_button.click()
        _settle()
        assert _cut(window) == [], f"{question.type} feedback"
        view.next_button.click()
    _settle()
    assert _cut(window) == [], "results"


def _settle() -> None:
    """Layouts are redone from posted events, a pass or two after a change."""
    for _ in range(3):
        QApplication.processEvents()


def test_dark_theme_builds_its_palette_and_is_remembered(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, small_quiz: QuizSet
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    window.view_menus.theme_actions["dark"].trigger()
    QApplication.processEvents()
    style = QApplication.style()
    assert isinstance(style, theme.FocusFrameStyle) and style.baseStyle().name() == "fusion"
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    text_colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert window_colour.lightness() < 80 and text_colour.lightness() > 200
    assert is_dark(window.library)
    assert settings.value(theme.THEME_KEY) == "dark"
    theme.apply_theme("light")
    apply_saved_preferences(settings)
    assert theme.current_theme() == "dark"


def test_marks_and_matrix_cells_take_their_dark_variant(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, small_quiz: QuizSet
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    view = window.start_quiz(window.library.entries()[0], seed=0)
    view.page.answer_widget.buttons()[0].click()
    view.check_button.click()
    badge = view.page.answer_widget._rows.badge(0)
    light_text = badge._text.palette().color(QPalette.ColorRole.WindowText).name()
    theme.apply_theme("dark")
    QApplication.processEvents()
    dark_text = badge._text.palette().color(QPalette.ColorRole.WindowText).name()
    assert light_text != dark_text and dark_text == "#8fd694"  # light green on dark
    while view.session.state.name != "FINISHED":
        question = view.session.current.question
        if view.session.state.name == "ANSWERING":
            view.page.answer_widget.set_response(wrong_response(question, small_quiz))
            view.check_button.click()
        view.next_button.click()
    QApplication.processEvents()
    matrix = window.stack.currentWidget().findChild(QWidget, "confusion_matrix")
    cells = [
        matrix.item(r, c) for r in range(matrix.rowCount()) for c in range(matrix.columnCount())
    ]
    backgrounds = {cell.background().color().name() for cell in cells if cell and cell.text()}
    assert backgrounds and backgrounds <= {DARK_CELLS[0], DARK_CELLS[1]}
    assert not backgrounds & {LIGHT_CELLS[0], LIGHT_CELLS[1]}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_keyboard_focus_is_framed_in_the_highlight_colour(qtbot: QtBot, name: str) -> None:
    """The focus frame is drawn wide in the palette's highlight colour, in both themes."""
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout

    theme.apply_theme(name)
    top = QWidget()
    qtbot.addWidget(top)
    first, second = QCheckBox("1", top), QCheckBox("2", top)
    layout = QVBoxLayout(top)
    layout.addWidget(first)
    layout.addWidget(second)
    with qtbot.waitActive(top):
        top.show()
        top.activateWindow()
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # a keyboard move: the frame is for the keyboard
    assert second.hasFocus()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    image = second.grab().toImage()
    framed = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).rgb() == highlight.rgb()
    )
    assert framed >= 2 * (image.height() // 2)  # at least two sides' worth of pixels


def test_system_theme_on_a_dark_desktop_is_dark_even_if_the_style_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Some platform styles ignore the desktop's dark scheme: System then uses our dark one."""
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    theme.apply_theme("system")
    assert theme.current_theme() == "system"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Light)
    theme.apply_theme("system")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
