"""Text size: View > Zoom in / out / reset scale the application font, article included.

Every widget follows the application font except those given a font of their own size:
headings are made with ``common.set_scaled_font``, which records their factor, so that a
zoom sets them again from the new application font. The level is kept in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from quizapp.ui.common import refresh_scaled_fonts

ZOOM_KEY = "ui/zoom_percent"
LEVELS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_LEVEL = 100

_base: dict[str, QFont] = {}  # the font the app started with, which 100 % means


def base_font() -> QFont:
    if "font" not in _base:
        _base["font"] = QFont(QApplication.font())
    return QFont(_base["font"])


def saved_level(settings: QSettings) -> int:
    try:
        level = int(str(settings.value(ZOOM_KEY, DEFAULT_LEVEL)))
    except ValueError:
        return DEFAULT_LEVEL
    return level if level in LEVELS else DEFAULT_LEVEL


def current_level() -> int:
    """The zoom in force, from the application font's size against the starting one."""
    base = base_font().pointSizeF()
    now = QApplication.font().pointSizeF()
    measured = round(100 * now / base) if base > 0 else DEFAULT_LEVEL
    return min(LEVELS, key=lambda level: abs(level - measured))


def apply_level(level: int) -> None:
    """Set the application font to ``level`` percent of the starting size."""
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * level / 100)
    else:  # a pixel-sized font (rare): scale its pixels instead
        font.setPixelSize(max(1, round(font.pixelSize() * level / 100)))
    QApplication.setFont(font)
    refresh_scaled_fonts()


def step(level: int, direction: int) -> int:
    """The next level up (``direction`` 1) or down (-1), staying within the list."""
    index = LEVELS.index(level) if level in LEVELS else LEVELS.index(DEFAULT_LEVEL)
    return LEVELS[max(0, min(len(LEVELS) - 1, index + direction))]


def set_level(settings: QSettings, level: int) -> None:
    """Apply ``level`` and remember it for the next start."""
    apply_level(level)
    settings.setValue(ZOOM_KEY, level)
