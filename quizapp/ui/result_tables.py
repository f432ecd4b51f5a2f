"""Small read-only tables of the results screen, and the colours of right and wrong cells.

A matrix cell says right or wrong with a mark (✔ or ✘) as well as a colour; the colour has
a light and a dark variant so that the text on it stays legible in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from quizapp.ui.common import is_dark

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
