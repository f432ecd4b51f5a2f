"""A small line chart of mastery over time, drawn with QPainter (QtCharts is not shipped).

One line per kind of source (or per skill): the share right on each day the set was
practised. Each line has its own colour *and* its own marker shape, so it can be told apart
without colour; the same figures are given as text in the accessible description.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.results.stats_records import MasteryPoint
from quizapp.ui.common import RetranslateOnLanguageChange, is_dark, plain_tooltip

COLOURS = ("#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#555")
# The same hues, lighter, for a dark background (each at least 4.5:1 against #2b2b2e).
COLOURS_ON_DARK = (
    "#6cb6ff", "#ff9f5a", "#4fd1a5", "#b3adff", "#ff7fc0", "#a5d96a", "#e0b266", "#c8c8c8",
)  # fmt: skip
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "plus")
MAX_SERIES = 8
MARKER_RADIUS = 3.5
RIGHT, TOP = 12.0, 8.0  # margins in pixels; the others follow the text size (zoom)


class HistoryChart(RetranslateOnLanguageChange, QWidget):
    """Share right per day, per series; ``set_series`` replaces what is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, list[tuple[dt.date, float]]]] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can land on it
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Mastery over time"))
        summary = self.summary()
        self.setAccessibleDescription(summary)
        self.setToolTip(plain_tooltip(summary))  # names come from the set file: shown literally
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(380, 220)

    def set_series(
        self, series: Mapping[str, Sequence[MasteryPoint]], names: Mapping[str, str]
    ) -> None:
        """Plot each key's points under its display name (the key itself when unnamed)."""
        plotted = []
        for key in sorted(series, key=lambda k: names.get(k, k).casefold())[:MAX_SERIES]:
            points = [
                (dt.date.fromisoformat(p.when[:10]), p.share)
                for p in series[key]
                if p.share is not None
            ]
            if points:
                plotted.append((names.get(key, key), sorted(points)))
        self._series = plotted
        self._retranslate()

    def series_names(self) -> list[str]:
        return [name for name, _ in self._series]

    def summary(self) -> str:
        """The latest share of each line, in words: what the picture says, for everyone."""
        if not self._series:
            return self.tr("No answers yet.")
        parts = [
            self.tr("{0}: {1}% on {2}").format(name, round(points[-1][1] * 100), points[-1][0])
            for name, points in self._series
        ]
        return "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        legend_height = self._legend_rows() * self._row()
        plot = QRectF(
            self._left(),
            TOP,
            max(10.0, self.width() - self._left() - RIGHT),
            max(10.0, self.height() - TOP - self._row() - legend_height - 4),
        )
        self._draw_axes(painter, plot, text_colour)
        if not self._series:
            painter.setPen(text_colour)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No answers yet"))
            return
        first, last = self._day_range()
        for index, (_, points) in enumerate(self._series):
            self._draw_line(
                painter, plot, index, [(self._x(plot, d, first, last), s) for d, s in points]
            )
        self._draw_day_labels(painter, plot, first, last, text_colour)
        self._draw_legend(painter, plot.bottom() + self._row() + 2, text_colour)

    def _left(self) -> float:
        """Room for the widest axis label ("100 %"), at the current text size."""
        return self.fontMetrics().horizontalAdvance(self.tr("{0}%").format(100)) + 10.0

    def _row(self) -> float:
        """Height of one line of text: a legend row, the dates under the axis."""
        return self.fontMetrics().height() + 4.0

    def _day_range(self) -> tuple[dt.date, dt.date]:
        days = [day for _, points in self._series for day, _ in points]
        return min(days), max(days)

    @staticmethod
    def _x(plot: QRectF, day: dt.date, first: dt.date, last: dt.date) -> float:
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        return plot.left() + plot.width() * (day - first).days / span

    def _draw_axes(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        grid = QColor(colour)
        grid.setAlpha(60)
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - share * plot.height()
            painter.setPen(
                QPen(grid, 1, Qt.PenStyle.DashLine if share == 0.5 else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colour)
            label = QRectF(0, y - self._row() / 2, self._left() - 6, self._row())
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("{0}%").format(round(share * 100)),
            )

    def _draw_line(
        self, painter: QPainter, plot: QRectF, index: int, points: list[tuple[float, float]]
    ) -> None:
        colour = self._colour(index)
        positions = [QPointF(x, plot.bottom() - share * plot.height()) for x, share in points]
        painter.setPen(QPen(colour, 2))
        for start, end in itertools.pairwise(positions):
            painter.drawLine(start, end)
        for position in positions:
            _draw_marker(painter, position, MARKERS[index % len(MARKERS)], colour)

    def _draw_day_labels(
        self, painter: QPainter, plot: QRectF, first: dt.date, last: dt.date, colour: QColor
    ) -> None:
        painter.setPen(colour)
        y = plot.bottom() + 2
        if first == last:
            box = QRectF(plot.left(), y, plot.width(), self._row())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, first.isoformat())
            return
        box = QRectF(plot.left(), y, plot.width(), self._row())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, first.isoformat())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight, last.isoformat())

    def _colour(self, index: int) -> QColor:
        """Series ``index``'s colour, in its light-theme or dark-theme variant."""
        colours = COLOURS_ON_DARK if is_dark(self) else COLOURS
        return QColor(colours[index % len(colours)])

    def _legend_entries(self) -> list[tuple[float, float, int]]:
        """(x, row, series index) of each legend entry, wrapping to the widget's width."""
        metrics = self.fontMetrics()
        left = self._left()
        x, row, placed = left, 0, []
        for index, (name, _) in enumerate(self._series):
            width = 16 + metrics.horizontalAdvance(name) + 14
            if x + width > self.width() - RIGHT and x > left:
                x, row = left, row + 1
            placed.append((x, row, index))
            x += width
        return placed

    def _legend_rows(self) -> int:
        entries = self._legend_entries()
        return entries[-1][1] + 1 if entries else 0

    def _draw_legend(self, painter: QPainter, top: float, colour: QColor) -> None:
        for x, row, index in self._legend_entries():
            y = top + row * self._row() + self._row() / 2
            line = self._colour(index)
            _draw_marker(painter, QPointF(x + 5, y), MARKERS[index % len(MARKERS)], line)
            painter.setPen(colour)
            box = QRectF(x + 14, y - self._row() / 2, self.width(), self._row())
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._series[index][0],
            )


def _draw_marker(painter: QPainter, at: QPointF, shape: str, colour: QColor) -> None:
    """One data point; the shape repeats what the colour says."""
    r = MARKER_RADIUS
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(colour)
    if shape == "circle":
        painter.drawEllipse(at, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape in ("triangle", "diamond"):
        corners = (
            [(0, -r - 1), (r + 1, r), (-r - 1, r)]
            if shape == "triangle"
            else [(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]
        )
        path = QPainterPath(QPointF(at.x() + corners[0][0], at.y() + corners[0][1]))
        for dx, dy in corners[1:]:
            path.lineTo(at.x() + dx, at.y() + dy)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.setPen(QPen(colour, 2))
        if shape == "cross":
            painter.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r))
            painter.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r))
        else:
            painter.drawLine(QPointF(at.x() - r, at.y()), QPointF(at.x() + r, at.y()))
            painter.drawLine(QPointF(at.x(), at.y() - r), QPointF(at.x(), at.y() + r))
    painter.setBrush(Qt.BrushStyle.NoBrush)
