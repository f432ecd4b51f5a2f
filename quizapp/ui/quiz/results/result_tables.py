"""Small read-only tables of the results screen, and the colours of right and wrong cells.

A matrix cell says right or wrong with a mark (✔ or ✘) as well as a colour; the colour has
a light and a dark variant so that the text on it stays legible in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from quizapp.engine.results import Tally
from quizapp.ui.common import is_dark
from quizapp.ui.score_figures import shown_percent, shown_points

# (right background, wrong background, text on them): light theme, then dark theme
LIGHT_CELLS = ("#dcefdc", "#f8d9d6", "#111111")
DARK_CELLS = ("#1e4d24", "#5e2521", "#f2f2f2")


def cell_colours(widget: QWidget) -> tuple[QColor, QColor, QColor]:
    """Right and wrong backgrounds, and the text colour, for ``widget``'s theme."""
    right, wrong, text = DARK_CELLS if is_dark(widget) else LIGHT_CELLS
    return QColor(right), QColor(wrong), QColor(text)


def colour_cell(cell: QTableWidgetItem, widget: QWidget, right: bool) -> None:
    """Paint a counted cell as right (the diagonal) or wrong, readable in either theme."""
    right_colour, wrong_colour, text = cell_colours(widget)
    cell.setBackground(right_colour if right else wrong_colour)
    cell.setForeground(text)


def name_corner_button(table: QTableWidget, name: str) -> None:
    """The table's top-left "select all" button, named for screen readers like the rest."""
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(name)


def fit_table(table: QTableWidget, resize_rows: bool = True) -> None:
    """Size a small table to its rows so that the page scrolls, not the table."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move inside
    if resize_rows:
        table.resizeRowsToContents()
    else:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    height = table.horizontalHeader().sizeHint().height() + 4
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def percent(fraction: float) -> str:
    return f"{round(fraction * 100)}"


def shown_score(score: float, earned: float, passed: bool) -> tuple[str, float]:
    """The percentage and the points the results screen shows. A run that did not pass has
    both rounded down: 7.17 points of 12 (59.7 %) under a 60 % mark read « 60 % » and
    « 7,2 sur 12 » beside « not passed » (ui36); a pass keeps the nearest figures. The rule is
    ``score_figures``'s, shared with the library's panel (ui36b)."""
    return f"{shown_percent(score, passed)}", shown_points(earned, passed)


def format_points(value: float, locale: QLocale | None = None) -> str:
    """Points with at most one decimal in the learner's locale: "19.8", "19,8", "4.7", "17".

    Partial credit makes fractions such as 19.7857; a tenth is all a learner needs to read.
    """
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1234", never "1,234"
    text = locale.toString(float(value), "f", 1)
    zero = locale.toString(0.0, "f", 1)  # "0.0" or "0,0": its last two characters are the tail
    return text[:-2] if text.endswith(zero[-2:]) else text


def matrix_cell(widget: QWidget, count: int, diagonal: bool) -> QTableWidgetItem:
    """A confusion matrix count, marked ✔ on the diagonal and ✘ off it, coloured as well."""
    translate = QCoreApplication.translate  # lupdate reads the literal strings below
    text = ""
    if count and diagonal:
        text = translate("ResultsView", "{0} ✔").format(count)
    elif count:
        text = translate("ResultsView", "{0} ✘").format(count)
    cell = QTableWidgetItem(text)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if not count:  # blank to the eye, but a screen reader must not meet an empty cell
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, translate("ResultsView", "none"))
    if count:
        colour_cell(cell, widget, diagonal)
    return cell


def _tally_figures(tally: Tally, passed: bool | None) -> tuple[str, str, str]:
    """Earned, possible and share of one row; by the score's rule when ``passed`` is given."""
    if passed is None:
        return format_points(tally.earned), format_points(tally.possible), percent(tally.fraction)
    shown, earned = shown_score(tally.fraction, tally.earned, passed)
    return format_points(earned), format_points(tally.possible), shown


def tally_table(
    rows: list,
    title: str,
    headers: tuple[str, str],
    parent: QWidget,
    passed: bool | None = None,
) -> QTableWidget:
    """Name and "earned of possible (share)" per row: by kind of source, or by skill.

    ``headers`` names both columns (what a row is, then the unit), so a screen reader can
    say them with each cell. ``passed`` (points tables) rounds each row as the score above
    is rounded: a skill every question has read « 5.8 of 12 » under « points: 5.7 of 12 »
    when one was rounded to the nearest and the other down (ui39b).
    """
    table = QTableWidget(len(rows), 2, parent)
    table.setAccessibleName(title)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    for row, (name, tally) in enumerate(rows):
        share = QCoreApplication.translate("ResultsView", "{0} of {1} ({2}%)").format(
            *_tally_figures(tally, passed)
        )
        for col, text in enumerate((name, share)):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, col, cell)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    fit_table(table, resize_rows=False)
    return table
