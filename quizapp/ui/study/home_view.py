"""The self-study home, beside the library: where the learner stands and what to do next.

At the top, what cannot wait: a quiz left half-way (``unfinished_banner``) and the boosters
due today across sets. Below, the set selected in the library: last and best score, attempts
(those made on an earlier version of the set are said to be), mastery per kind of source and
per skill over time, and "review my mistakes". Everything shown comes from a snapshot computed
off the GUI thread; this widget only lays it out.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import QuizSet
from quizapp.results.records import Attempt
from quizapp.ui.common import (
    RetranslateOnLanguageChange,
    plain_label,
    separate_entries,
    set_scaled_font,
)
from quizapp.ui.score_figures import reaches, shown_percent
from quizapp.ui.study.history_chart import HistoryChart
from quizapp.ui.study.stats import HomeSnapshot, SetRecord
from quizapp.ui.study.unfinished_banner import UnfinishedBanner, mode_name, when

SHOWN_ATTEMPTS = 6


def score_text(fraction: float | None, pass_mark: float) -> str:
    """ "73%" ("73 %" in French), or a dash when there is no score. Rounded as the results
    screen rounds it: a 59.7 % run under a 60 % mark reads 59 %, never 60 % (ui36b)."""
    if fraction is None:
        return "–"
    shown = shown_percent(fraction, reaches(fraction, pass_mark))
    return QCoreApplication.translate("HomeView", "{0}%").format(shown)


class HomeView(RetranslateOnLanguageChange, QScrollArea):
    """Resume banner, boosters, and the selected set's progress."""

    resume_requested = Signal(int)  # attempt id
    discard_requested = Signal(int)  # attempt id
    review_requested = Signal(str)  # set id
    boosters_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop for a screen reader
        self.snapshot: HomeSnapshot | None = None
        self._library: Mapping[str, QuizSet] = {}
        self._quiz: QuizSet | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self._build_banner(body))
        layout.addLayout(self._build_boosters(body))
        layout.addWidget(self._build_set_panel(body), 1)
        self.setWidget(body)
        self._retranslate()

    def _retranslate(self) -> None:
        """Fixed words first, then everything drawn from the snapshot, in the new language."""
        self.banner.retranslate()
        self.boosters_button.setText(self.tr("Start &boosters"))
        self.boosters_button.setAccessibleName(self.tr("Start the boosters due today"))
        self.record_text.setAccessibleName(self.tr("Your record on this set"))
        self.chart_kind.setItemText(0, self.tr("Mastery by kind of source"))
        self.chart_kind.setItemText(1, self.tr("Mastery by skill"))
        self.chart_kind.setAccessibleName(self.tr("What the chart shows"))
        self.history.setAccessibleName(self.tr("Your attempts at this set"))
        if self.snapshot is not None:
            self._render_banner()
        self._render_boosters()
        self._render_set()

    def _build_banner(self, parent: QWidget) -> QFrame:
        self.banner = UnfinishedBanner(parent)
        self.banner.resume_requested.connect(self.resume_requested)
        self.banner.discard_requested.connect(self.discard_requested)
        return self.banner

    def _build_boosters(self, parent: QWidget) -> QHBoxLayout:
        self.boosters_text = plain_label("", parent)
        self.boosters_button = QPushButton(parent)
        self.boosters_button.setAutoDefault(True)
        self.boosters_button.clicked.connect(self.boosters_requested)
        row = QHBoxLayout()
        row.addWidget(self.boosters_text, 1)
        row.addWidget(self.boosters_button)
        return row

    def _build_set_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.set_title = plain_label("", panel)
        set_scaled_font(self.set_title, 1.1)
        self.record_text = plain_label("", panel)
        self.chart_kind = QComboBox(panel)
        self.chart_kind.addItem("", "label")
        self.chart_kind.addItem("", "tag")
        self.chart_kind.currentIndexChanged.connect(lambda *_: self._render_chart())
        self.chart = HistoryChart(panel)
        self.review_button = QPushButton(panel)
        self.review_button.setAutoDefault(True)
        self.review_button.clicked.connect(self._on_review)
        self.history = QListWidget(panel)
        self.history.setMaximumHeight(110)
        separate_entries(self.history)
        for widget in (self.set_title, self.record_text, self.chart_kind, self.chart):
            layout.addWidget(widget, 10 if widget is self.chart else 0)
        layout.addWidget(self.review_button)
        layout.addWidget(self.history)
        layout.addStretch(1)  # keeps the rest at the top while there is no chart to show
        return panel

    def show_snapshot(self, snapshot: HomeSnapshot, library: Mapping[str, QuizSet]) -> None:
        """Draw a new snapshot; ``library`` maps the open sets' ids to their sets."""
        self.snapshot = snapshot
        self._library = dict(library)
        self._render_banner()
        self._render_boosters()
        self._render_set()

    def select_set(self, quiz: QuizSet | None) -> None:
        self._quiz = quiz
        self._render_set()

    def _render_banner(self) -> None:
        snapshot = self.snapshot
        stopped, hashes = (snapshot.interrupted, snapshot.hashes) if snapshot else ([], {})
        self.banner.show_attempts(stopped, self._library, hashes)

    def _render_boosters(self) -> None:
        due = len(self.snapshot.due) if self.snapshot else 0
        ready = sum(1 for set_id, _ in self.snapshot.due if set_id in self._library) if due else 0
        text = self.tr("Boosters due today: {0}").format(due)
        if due and ready < due:
            text += " " + self.tr("({0} of them in sets that are not open)").format(due - ready)
        if not due:
            text += "\n" + self.tr("Questions come back here 1 to 30 days after you answer them.")
        self.boosters_text.setText(text)
        self.boosters_button.setEnabled(ready > 0)

    def _render_set(self) -> None:
        quiz = self._quiz
        self.set_title.setText(quiz.title if quiz else self.tr("Choose a set to see your progress"))
        mistakes = self.snapshot.mistakes.get(quiz.id, []) if quiz and self.snapshot else []
        self.record_text.setText(self._record(quiz))
        self.review_button.setText(self.tr("Review my &mistakes ({0})").format(len(mistakes)))
        self.review_button.setEnabled(bool(mistakes))
        self._render_history(quiz)
        self._render_chart()

    def _record(self, quiz: QuizSet | None) -> str:
        if quiz is None:
            return ""
        record = self.snapshot.records.get(quiz.id) if self.snapshot else None
        record = record or SetRecord()
        lines = []
        if record.whole_runs:
            template = self.tr(
                "Last score {0} · best {1} · %n finished attempt(s)", "", record.whole_runs
            )
            mark = quiz.settings.pass_mark
            last, best = score_text(record.last, mark), score_text(record.best, mark)
            lines.append(template.format(last, best))
        else:
            lines.append(self.tr("No finished attempt yet: start this set to see your progress."))
        if record.practice_runs:
            lines.append(self.tr("Reviews and boosters done: {0}").format(record.practice_runs))
        if record.earlier_version:
            note = self.tr(
                "%n of them made on an earlier version of this set.", "", record.earlier_version
            )
            lines.append(note)
        due = self.snapshot.due_in(quiz.id) if self.snapshot else 0
        lines.append(self.tr("Due today in this set: {0}").format(due))
        return "\n".join(lines)

    def _render_chart(self) -> None:
        quiz = self._quiz
        overview = self.snapshot.overview(quiz.id) if quiz and self.snapshot else None
        kind = self.chart_kind.currentData()
        self.chart.setVisible(overview is not None)  # a first-time learner has no curve yet
        self.chart_kind.setVisible(overview is not None)
        if overview is None:
            self.chart.set_series({}, {})
        elif kind == "label":
            names = {label.id: label.name for label in quiz.labels}
            self.chart.set_series(overview.label_by_day, names)
        else:
            names = {tag: named.name for tag, named in quiz.tags.items()}
            self.chart.set_series(overview.tag_by_day, names)

    def _render_history(self, quiz: QuizSet | None) -> None:
        self.history.clear()
        entries = self.snapshot.attempts.get(quiz.id, []) if quiz and self.snapshot else []
        entries = [e for e in entries if e.attempt.status == "finished" or e.attempt.answered]
        for entry in entries[:SHOWN_ATTEMPTS]:
            attempt = entry.attempt
            status = {"open": self.tr("unfinished"), "abandoned": self.tr("discarded")}
            text = self.tr("{0} — {1} — {2}").format(
                when(attempt.started_at),
                mode_name(attempt),
                self._how_far(attempt, quiz.settings.pass_mark),
            )
            if attempt.status in status:
                text += " — " + status[attempt.status]
            if entry.earlier_version:
                text += " — " + self.tr("earlier version of the set")
            self.history.addItem(text)
        self.history.setVisible(bool(entries))

    def _how_far(self, attempt: Attempt, pass_mark: float) -> str:
        """A finished attempt's score; an unfinished one's answers, never a score of a part."""
        if attempt.status == "finished":
            return score_text(attempt.score, pass_mark)
        return self.tr("%n answer(s)", "", attempt.answered)

    def _on_review(self) -> None:
        if self._quiz is not None:
            self.review_requested.emit(self._quiz.id)
