"""Small widgets every screen uses: labels that never interpret markup, and right/wrong badges.

Every string that comes from a question file is untrusted, so it goes through ``plain_label``:
Qt's auto-detection would otherwise render ``<b>`` or ``<img src=...>`` as rich text.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)

from quizapp.engine import Mark

ICON_SIZE = 16
DARK_LIGHTNESS = 128  # below this the window background counts as a dark theme
FONT_FACTOR = "quizapp_font_factor"  # property of widgets whose font is a scaled one


def plain_label(text: str = "", parent: QWidget | None = None, *, bold: bool = False) -> QLabel:
    """A word-wrapping label that shows ``text`` literally, selectable for copying."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def question_box(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """A question box in plain text (a set's title or a folder may hold any character), with
    ``details`` (what each answer does) under the question when given. Every question the app
    asks starts here; the caller adds the buttons in its own words and runs it (``exec`` and
    read the clicked button, or ``window_question`` and ``open``)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    return box


def window_question(parent: QWidget, title: str, text: str, details: str) -> QMessageBox:
    """A ``question_box`` to ``open``: it blocks only its window and is deleted once closed,
    so its buttons' ``clicked`` signals say what happens."""
    box = question_box(parent, title, text, details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def open_going_back(
    box: QMessageBox, go: QPushButton, back: QPushButton, on_go: Callable[[], None]
) -> QMessageBox:
    """Open a ``window_question`` whose ``back`` is both its default and its Escape button:
    Enter or Escape pressed by reflex never does what ``go`` does (``on_go``, run on its
    click). One ending for the questions whose yes cannot be taken back (tidy52)."""
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    go.clicked.connect(on_go)
    box.open()
    return box


def window_warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning in plain text to ``open``: it blocks only its window and is deleted once
    closed. One builder for the start-up notices (``app.show_notice``) and the study flow's
    warnings, which each built the same box (tidy37)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def separate_entries(view: QListWidget) -> None:
    """A list whose entries wrap stays readable: rows alternate and are spaced apart."""
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSpacing(2)


def format_points(value: float) -> str:
    """1, 0.5, 2.33 (0,5 and 2,33 in French): hundredths at most, no trailing zeros."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").removesuffix(point) if point in text else text


def steady_width(*buttons: QPushButton) -> None:
    """Buttons that take one another's place (Check, then Next) as wide as the widest, so
    the one shown stands where the other stood, at its natural size in any language."""
    width = max(button.sizeHint().width() for button in buttons)
    for button in buttons:
        button.setMinimumWidth(width)


def fits_columns(widget: QWidget, columns: int) -> bool:
    """Whether ``widget`` is at least ``columns`` average characters wide at its font size.

    Screens put their panes side by side when there is room and one above the other when
    the text is large (zoom) for the window: that is what keeps text from being cut.
    """
    return widget.width() >= columns * max(1, widget.fontMetrics().averageCharWidth())


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally.

    Qt guesses whether a tooltip is rich text, so untrusted text holding tags would be
    rendered; escaping it inside a paragraph of our own makes every character show as typed.
    """
    return f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>"


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The application font enlarged by ``factor``, so headings follow the user's text size."""
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def set_scaled_font(widget: QWidget, factor: float, bold: bool = True) -> None:
    """Give ``widget`` (a heading) a font ``factor`` times the application's, kept on zoom.

    A font with a size of its own no longer follows the application font, so the factor is
    recorded on the widget and ``refresh_scaled_fonts`` applies it again after a zoom.
    """
    widget.setProperty(FONT_FACTOR, (factor, bold))
    widget.setFont(scaled_font(widget, factor, bold))


def refresh_scaled_fonts() -> None:
    """Re-derive every heading's font from the (new) application font."""
    for widget in QApplication.allWidgets():
        recorded = widget.property(FONT_FACTOR)
        if isinstance(recorded, (tuple, list)) and len(recorded) == 2:
            widget.setFont(scaled_font(widget, float(recorded[0]), bool(recorded[1])))


def is_dark(widget: QWidget) -> bool:
    """Whether ``widget`` is drawn on a dark background (a dark theme)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS


def mark_word(mark: Mark) -> str:
    """The word shown with a mark; the icon and the colour only repeat it."""
    words = {
        Mark.RIGHT: QCoreApplication.translate("Marks", "✔ Right"),
        Mark.WRONG: QCoreApplication.translate("Marks", "✘ Wrong"),
        Mark.MISSED: QCoreApplication.translate("Marks", "➜ Missed"),
        Mark.NEUTRAL: "",
    }
    return words[mark]


def mark_line(row: int, text: str, mark: str) -> str:
    """One marked answer in words, « 2. text: mark », as the feedback lists them: through the
    catalogue, so French puts its no-break space before the colon (ui34)."""
    return QCoreApplication.translate("Marks", "{0}. {1}: {2}").format(row, text, mark)


_COLOURS = {Mark.RIGHT: "#1b6e20", Mark.WRONG: "#b3261e", Mark.MISSED: "#8a5a00"}
_COLOURS_ON_DARK = {Mark.RIGHT: "#8fd694", Mark.WRONG: "#ff9a8f", Mark.MISSED: "#f2c46d"}


class MarkBadge(QWidget):
    """Mark + word + detail saying how one option, item or pair fared; hidden until marked.

    The mark is shown once: the sign in the word (✔, ✘, ➜), coloured; no icon repeats it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = Mark.NEUTRAL
        self._text = plain_label("", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._text, 1)
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_mark(self, mark: Mark, detail: str = "", word: str | None = None) -> None:
        """Show ``mark`` with an optional detail; a neutral mark with no detail stays hidden.

        ``word`` replaces the mark's usual word where the question gives it a better one.
        """
        if mark is Mark.NEUTRAL and not detail:
            self.clear()
            return
        word = mark_word(mark) if word is None else word
        self._mark = mark
        self._text.setText(f"{word} — {detail}" if word and detail else word or detail)
        self._colour_text()
        self.setAccessibleName(self._text.text())
        self.show()

    def clear(self) -> None:
        self._mark = Mark.NEUTRAL
        self._text.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark themes picks the mark's other colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._mark is not Mark.NEUTRAL:
            self._colour_text()

    def _colour_text(self) -> None:
        palette = QPalette(self.palette())  # a palette, not a style sheet: cheaper to re-polish
        colour = (_COLOURS_ON_DARK if is_dark(self) else _COLOURS).get(self._mark)
        if colour:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self._text.setPalette(palette)


class RetranslateOnLanguageChange:
    """Mixin, first among a widget's bases: Qt sends LanguageChange to every widget when the
    user picks another language, and a widget that keeps its words in ``_retranslate`` sets
    them all again. One place instead of the same four lines in every screen."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]
