"""The View menu (zoom, theme) and the Language menu of the main window.

Each choice applies at once to the whole application and is kept in QSettings;
``apply_saved_preferences`` puts them back at start-up, before the window is built, so that
it opens in the learner's language, theme and text size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from quizapp.ui.shell import i18n, theme, zoom


def apply_saved_preferences(settings: QSettings) -> None:
    """Language, theme and text size as the learner left them (or the system's)."""
    i18n.install_language(i18n.saved_language(settings))
    theme.apply_theme(theme.saved_theme(settings))
    theme.follow_system_scheme()
    level = zoom.saved_level(settings)
    if level != zoom.DEFAULT_LEVEL:
        zoom.apply_level(level)


class ViewMenus(QObject):
    """Adds View and Language to ``window``'s menu bar; ``retranslate`` re-sets their texts."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._settings = settings
        self.view_menu = QMenu(window)
        self.zoom_in = self._action(window, lambda: self.zoom_by(1), ["Ctrl++", "Ctrl+="])
        self.zoom_out = self._action(window, lambda: self.zoom_by(-1), ["Ctrl+-"])
        self.zoom_reset = self._action(window, self.reset_zoom, ["Ctrl+0"])
        self.zoom_level = QAction(window)  # the level in force, shown (not a command)
        self.zoom_level.setEnabled(False)
        self.view_menu.addActions([self.zoom_level, self.zoom_in, self.zoom_out, self.zoom_reset])
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_actions = self._choices(self.theme_menu, theme.THEMES, theme.current_theme())
        for name, action in self.theme_actions.items():
            action.triggered.connect(lambda _=False, n=name: theme.set_theme(self._settings, n))
        self.language_menu = QMenu(window)
        current = i18n.chosen_language(settings)
        choices = (i18n.SYSTEM, *i18n.LANGUAGES)
        self.language_actions = self._choices(self.language_menu, choices, current)
        for code, action in self.language_actions.items():
            if code != i18n.SYSTEM:
                action.setText(i18n.ENDONYMS[code])  # each language named in itself: no tr()
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        self.language_menu.insertSeparator(self.language_actions[i18n.LANGUAGES[0]])
        window.menuBar().addMenu(self.view_menu)
        window.menuBar().addMenu(self.language_menu)
        self.retranslate()

    @staticmethod
    def _action(window: QMainWindow, slot: object, keys: list[str]) -> QAction:
        action = QAction(window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        return action

    def _choices(self, menu: QMenu, names: tuple[str, ...], checked: str) -> dict[str, QAction]:
        group = QActionGroup(menu)
        actions = {}
        for name in names:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == checked)
            group.addAction(action)
            actions[name] = action
        return actions

    def zoom_by(self, direction: int) -> None:
        zoom.set_level(self._settings, zoom.step(zoom.current_level(), direction))
        self._show_zoom_level()

    def reset_zoom(self) -> None:
        zoom.set_level(self._settings, zoom.DEFAULT_LEVEL)
        self._show_zoom_level()

    def _show_zoom_level(self) -> None:
        self.zoom_level.setText(self.tr("Text size: {0}%").format(zoom.current_level()))

    def choose_language(self, code: str) -> None:
        i18n.choose_language(self._settings, code)
        self.language_actions[code].setChecked(True)

    def retranslate(self) -> None:
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.zoom_reset.setText(self.tr("&Reset zoom"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {"system": self.tr("&System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        for name, action in self.theme_actions.items():
            action.setText(names[name])
        self.language_menu.setTitle(self.tr("Lan&guage"))  # Alt+L: "Back to the &library"
        system = i18n.ENDONYMS[i18n.system_language()]
        self.language_actions[i18n.SYSTEM].setText(self.tr("&System ({0})").format(system))
        self._show_zoom_level()
