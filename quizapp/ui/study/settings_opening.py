"""The study flow's settings dialog, and a change of setting reaching the quiz on screen.

A part of ``StudyFlow`` (a mixin, so the flow stays readable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from quizapp.ui.study.settings_dialog import SettingsDialog, StudySettings

if TYPE_CHECKING:
    from quizapp.ui.quiz.quiz_view import QuizView
    from quizapp.ui.shell.main_window import MainWindow
    from quizapp.ui.study.controller import StudyController


class SettingsOpening:
    """Opens the settings; the flow provides what is declared below."""

    window: MainWindow
    controller: StudyController
    preferences: StudySettings

    def open_settings(self) -> SettingsDialog:
        running = self._running_quiz() is not None
        dialog = SettingsDialog(self.preferences, self.controller.db, self.window, running)
        # closed, it is deleted on the GUI thread: each opening left one more hidden child
        # of the window, alive as long as the app
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_to_running_quiz)
        dialog.open()
        return dialog

    def _running_quiz(self) -> QuizView | None:
        from quizapp.ui.quiz.quiz_view import QuizView

        view = self.window.stack.currentWidget()
        return view if isinstance(view, QuizView) else None

    def _apply_to_running_quiz(self) -> None:
        """A quiz on screen asks (or stops asking) how sure from its next question."""
        view = self._running_quiz()
        if view is not None:
            view.set_ask_confidence(self.preferences.ask_confidence)
