"""Keeps part of a scroll area's page in view while its layout settles after a change.

Showing feedback makes the page taller, but the new height is only known a layout pass or
two later (and again after a zoom or a language change re-wraps the text), so scrolling once
at once lands short. The keeper scrolls again each time the page is resized, until the
learner scrolls for herself.

The keeper is a Qt child of its area and finds the area as its parent: holding it in an
attribute made a Python cycle (page -> keeper -> page) that kept every replaced question page,
with its widgets, alive until the cyclic collector ran (gc12: 47 pages a played set).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractSlider, QScrollArea, QWidget

TOP_MARGIN = 6  # pixels kept above the target, so that its frame shows


class ScrollKeeper(QObject):
    """Shows as much of a target widget as fits, its top first, until the user scrolls."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._target: QWidget | None = None
        area.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self._watched: QWidget | None = None

    @property
    def _area(self) -> QScrollArea:
        """The scroll area: the keeper's Qt parent (not held in an attribute, see above)."""
        return cast(QScrollArea, self.parent())

    def follow(self, target: QWidget) -> None:
        """Bring ``target`` into view now and after each re-layout of the page."""
        page = self._area.widget()
        if page is not self._watched and page is not None:
            page.installEventFilter(self)
            self._watched = page
        self._target = target
        self.apply()
        QTimer.singleShot(0, self, self.apply)

    def release(self) -> None:
        self._target = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._target is not None and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.apply)
        return False

    def apply(self) -> None:
        """Scroll so the target's bottom shows if it fits, and its top shows in any case."""
        target, page = self._target, self._area.widget()
        if target is None or page is None:
            return
        top = target.mapTo(page, QPoint(0, 0)).y() - TOP_MARGIN
        bottom = top + target.height() + 2 * TOP_MARGIN
        bar = self._area.verticalScrollBar()
        visible = self._area.viewport().height()
        value = max(bar.value(), bottom - visible)
        bar.setValue(max(0, min(value, top)))

    def _on_user_scroll(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self.release()
