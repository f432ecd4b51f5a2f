"""The banner at the top of the self-study home: a quiz left half-way, to resume or let go.

Apart from the home's record and chart because it has its own rules: a quiz can be resumed only
while its set is open and unchanged since (an edited set may have other questions), and it
says how far the learner got in the plan the quiz was started with.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.model import QuizSet
from quizapp.results.records import Attempt, AttemptWithAnswers
from quizapp.ui.common import plain_label


def when(iso: str) -> str:
    """An ISO time as the learner reads it: "2026-03-02 10:05"."""
    return iso[:16].replace("T", " ")


def stopped_when(stored: AttemptWithAnswers) -> str:
    """When an interrupted attempt stopped: its last answer, else its start."""
    last = stored.answers[-1].answered_at if stored.answers else stored.attempt.started_at
    return when(last)


def mode_name(attempt: Attempt) -> str:
    """What kind of run an attempt was, in the learner's words (the home's own strings)."""
    names = {
        "quiz": QCoreApplication.translate("HomeView", "quiz"),
        "review": QCoreApplication.translate("HomeView", "review of mistakes"),
        "booster": QCoreApplication.translate("HomeView", "boosters"),
        "exam": QCoreApplication.translate("HomeView", "exam"),
    }
    return names.get(attempt.mode, attempt.mode)


class UnfinishedBanner(QFrame):
    """The first unfinished quiz (and how many others), with Resume and Discard."""

    resume_requested = Signal(int)  # attempt id
    discard_requested = Signal(int)  # attempt id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._resume_id: int | None = None
        self.message = plain_label("", self, bold=True)
        self.resume_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.resume_button.clicked.connect(lambda: self._emit_for(self.resume_requested))
        self.discard_button.clicked.connect(lambda: self._emit_for(self.discard_requested))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.discard_button, self.resume_button):
            button.setAutoDefault(True)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def buttons(self) -> list[QPushButton]:
        """Resume then Discard, in the order Tab reaches them."""
        return [self.resume_button, self.discard_button]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Unfinished quiz"))
        self.resume_button.setText(self.tr("&Resume"))
        self.discard_button.setText(self.tr("&Discard"))
        self.discard_button.setToolTip(
            self.tr("Keep its answers in your history, stop offering it")
        )

    def show_attempts(
        self,
        stopped: list[AttemptWithAnswers],
        library: Mapping[str, QuizSet],
        hashes: Mapping[str, str],
    ) -> None:
        """Show the first of ``stopped`` (hidden when none); ``hashes``: the open sets' now."""
        self.setVisible(bool(stopped))
        if not stopped:
            self._resume_id = None
            return
        text, resumable = self._text(stopped[0], library, hashes)
        if len(stopped) > 1:
            more = self.tr("(You have %n other unfinished quiz(zes).)", "", len(stopped) - 1)
            text += "\n" + more
        self._resume_id = stopped[0].attempt.id
        self.message.setText(text)
        self.resume_button.setEnabled(resumable)
        # Tab lands on the button, not on the message: a reader said "Resume" and not what
        # (student54)
        self.resume_button.setAccessibleDescription(text)

    def _text(
        self,
        stored: AttemptWithAnswers,
        library: Mapping[str, QuizSet],
        hashes: Mapping[str, str],
    ) -> tuple[str, bool]:
        """What the banner says of ``stored``, and whether it can be resumed."""
        attempt = stored.attempt
        quiz = library.get(attempt.set_id)
        text = self._how_far(stored, quiz)
        if quiz is None:
            return text + "\n" + self.tr("Open that set again to resume it."), False
        current = hashes.get(attempt.set_id)
        if current is not None and current != attempt.set_hash:
            note = self.tr("The set has been edited since, so this quiz cannot be resumed.")
            return text + "\n" + note, False
        return text, True

    def _how_far(self, stored: AttemptWithAnswers, quiz: QuizSet | None) -> str:
        attempt = stored.attempt
        plan = attempt.plan if isinstance(attempt.plan, dict) else {}
        cut = plan.get("questions")
        total = len(cut) if isinstance(cut, list) else len(quiz.questions) if quiz else None
        answered = len(stored.answers)
        if total is None:
            template = self.tr("You stopped “{0}” ({1}) on {2}, after %n answer(s).", "", answered)
        else:
            template = self.tr(
                "You stopped “{0}” ({1}) on {2}, after %n answered question(s) out of {3}.",
                "",
                answered,
            )
        return template.format(attempt.set_title, mode_name(attempt), stopped_when(stored), total)

    def _emit_for(self, signal: Signal) -> None:
        if self._resume_id is not None:
            signal.emit(self._resume_id)
