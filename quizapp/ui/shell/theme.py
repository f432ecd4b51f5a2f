"""Light and dark: follow the system, or a palette of our own (Fusion style) when asked.

View > Theme offers System, Light and Dark, kept in QSettings. "System" leaves the platform's
style and palette alone (Qt follows the desktop's light or dark scheme by itself, since no
palette role is set). Light and
Dark use the Fusion style, which draws with the palette only, and a palette built here, so
both look the same on every platform. Every theme gets a focus frame drawn in the palette's
highlight colour, two pixels wide, so the keyboard's place is visible on light and dark.

Colours of our own (marks, evidence, matrix cells, chart lines) pick their light or dark
variant from the palette's window colour: see ``common.is_dark``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption

THEME_KEY = "ui/theme"
DARK_LIGHTNESS = 128  # as quizapp.ui.common: a window colour below this is a dark theme
THEMES = ("system", "light", "dark")
FOCUS_PEN_WIDTH = 2

_system: dict[str, str] = {}  # the platform's own style name, from the start

Role = QPalette.ColorRole

DARK_COLOURS = {
    Role.Window: "#2b2b2e", Role.WindowText: "#ececec", Role.Base: "#1e1e21",
    Role.AlternateBase: "#2f2f33", Role.ToolTipBase: "#3a3a3f", Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#a0a0a6", Role.Text: "#ececec", Role.Button: "#36363b",
    Role.ButtonText: "#ececec", Role.BrightText: "#ff8a80", Role.Highlight: "#4f8fe6",
    Role.HighlightedText: "#ffffff", Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9",
    Role.Light: "#4a4a50", Role.Midlight: "#3e3e44", Role.Mid: "#2a2a2e", Role.Dark: "#19191b",
    Role.Shadow: "#000000",
}  # fmt: skip
LIGHT_COLOURS = {
    Role.Window: "#efeff1", Role.WindowText: "#1a1a1a", Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f7", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#1a1a1a",
    Role.PlaceholderText: "#6e6e73", Role.Text: "#1a1a1a", Role.Button: "#e8e8eb",
    Role.ButtonText: "#1a1a1a", Role.BrightText: "#b00020", Role.Highlight: "#2f6fcf",
    Role.HighlightedText: "#ffffff", Role.Link: "#1a56b8", Role.LinkVisited: "#6a35a8",
    Role.Light: "#ffffff", Role.Midlight: "#f4f4f6", Role.Mid: "#b8b8bd", Role.Dark: "#8e8e93",
    Role.Shadow: "#4a4a4a",
}  # fmt: skip
# Disabled text stays readable: a locked answer (checked box, picked radio) must still show.
DISABLED_TEXT = {"dark": "#b4b4ba", "light": "#6e6e73"}
INDICATOR_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


def built_palette(theme: str) -> QPalette:
    """The hand-made light or dark palette, greyed text for disabled widgets included."""
    palette = QPalette()
    for role, colour in (DARK_COLOURS if theme == "dark" else LIGHT_COLOURS).items():
        palette.setColor(role, QColor(colour))
    grey = QColor(DISABLED_TEXT["dark" if theme == "dark" else "light"])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def text_scale() -> float:
    """How much larger the application font is than at start-up (the zoom), at least 1."""
    from quizapp.ui.shell.zoom import base_font

    base = base_font().pointSizeF()
    now = QApplication.font().pointSizeF()
    return max(1.0, now / base) if base > 0 and now > 0 else 1.0


class FocusFrameStyle(QProxyStyle):
    """The platform's (or Fusion's) style, with a wide focus frame in the highlight colour.

    Check boxes and radio buttons grow with the text size (the zoom), dot and tick included.
    """

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: object = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in INDICATOR_METRICS:
            return round(value * text_scale())
        return value

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: object = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            pen = QPen(option.palette.color(Role.Highlight), FOCUS_PEN_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def _remember_system(app: QApplication) -> None:
    if not _system:
        _system["style"] = app.style().name()


def saved_theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system") or "system")
    return value if value in THEMES else "system"


def apply_theme(theme: str) -> None:
    """Switch the whole application to ``theme``; widgets get a PaletteChange event."""
    app = QApplication.instance()
    _remember_system(app)
    if theme in ("light", "dark"):
        _use_built(app, theme)
    else:
        base = QStyleFactory.create(str(_system["style"])) or QStyleFactory.create("Fusion")
        app.setStyle(FocusFrameStyle(base))
        app.setPalette(QPalette())  # no role of our own: Qt follows the desktop's scheme
        if system_scheme() is Qt.ColorScheme.Dark and not _palette_is_dark(app.palette()):
            _use_built(app, "dark")  # the platform's style ignores the dark desktop
    app.setProperty("quizapp_theme", theme)


def _use_built(app: QApplication, theme: str) -> None:
    app.setStyle(FocusFrameStyle(QStyleFactory.create("Fusion")))
    app.setPalette(built_palette(theme))


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < DARK_LIGHTNESS


def system_scheme() -> Qt.ColorScheme:
    """Whether the desktop is light or dark (Qt 6.5+), Unknown where the platform won't say."""
    return QGuiApplication.styleHints().colorScheme()


def follow_system_scheme() -> None:
    """When the desktop turns light or dark and the theme is System, apply System again.

    Qt changes its palette by itself where the platform's style supports both schemes; this
    also covers the styles that do not, and lets our own colours pick their variant.
    """

    if _system.get("following"):
        return

    def on_change(_scheme: Qt.ColorScheme) -> None:
        if current_theme() == "system":
            apply_theme("system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(on_change)
    _system["following"] = "yes"


def current_theme() -> str:
    app = QApplication.instance()
    value = app.property("quizapp_theme") if app is not None else None
    return str(value) if value in THEMES else "system"


def set_theme(settings: QSettings, theme: str) -> None:
    """The View > Theme menu: apply and remember."""
    apply_theme(theme)
    settings.setValue(THEME_KEY, theme)
