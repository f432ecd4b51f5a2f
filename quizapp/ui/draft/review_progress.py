"""The draft review while the drafter works: a bar that moves and the step said in words, and
Cancel, Escape or closing the window stopping the drafter at once (cancel56).

On a 20,000-word article the drafter works for seconds. The review said « Analysing the
article… » with nothing moving, and Cancel closed it while the analysis went on to its end in
the background; deleting the dialog then waited for that end, the editor frozen (long55, in
the real window). The drafter (Qt-free) now takes a ``Steps``: it reports each paragraph
read, each step over the whole article and each kind of question, and stops between two of
them once asked (``Cancelled``, thrown away here: nothing half-made reaches the review, so
nothing can reach the set). The worker thread only writes where it is into ``_Watch``; a
timer on the GUI thread reads it ten times a second, so no signal floods the event loop.

A mixin of the dialog; its words are in their own translation context ("ReviewProgress").
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from quizapp.draft import Analysis, analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.review import fitting
from quizapp.draft.pipeline.steps import ARTICLE, QUESTIONS, READING, Cancelled, Steps
from quizapp.draft.text.article_bound import drafted_part
from quizapp.ui.background import BackgroundRunner

# Where each stage starts on the bar, in hundredths, and where it ends: the shares of the
# drafter's time on long articles (a 20,000-word one; the docs' cancel56 section)
SHARES = {READING: (0, 55), ARTICLE: (55, 70), QUESTIONS: (70, 100)}
SHOWN_EVERY_MS = 100  # the bar and the words follow the drafter ten times a second


class _Watch:
    """What the drafter's thread says of its work (its stage and steps, one tuple written at
    once) and the dialog's word to stop it; both read on the GUI thread."""

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.where: tuple[str, int, int] | None = None  # nothing said yet: the words loading

    def steps(self) -> Steps:
        return Steps(stop=self.stopped.is_set, report=self._told)

    def _told(self, stage: str, done: int, total: int) -> None:
        self.where = (stage, done, total)


def share(stage: str, done: int, total: int) -> int:
    """How far the bar is, in hundredths, at ``done`` of ``total`` steps of ``stage``."""
    start, end = SHARES[stage]
    return start + (end - start) * min(done, total) // max(total, 1)


class ReviewProgress:
    """Mixin of ``DraftReviewDialog``: it has ``_text``, ``_language``, ``_label_ids``,
    ``_state`` (the line above the review), ``_show`` (the analysis and proposals shown)."""

    _text: str
    _language: str
    _label_ids: set[str]
    _state: Any
    _show: Any
    tr: Any

    def _build_progress(self, parent: QWidget) -> None:
        """The bar under the line that says the step; hidden once the proposals are shown."""
        self._progress = QProgressBar(parent)
        self._progress.setRange(0, 100)
        self._watch = _Watch()
        self._follow = QTimer(parent)
        self._follow.setInterval(SHOWN_EVERY_MS)
        self._follow.timeout.connect(self._show_progress)

    def _start_drafting(self, parent: QWidget, headline: str | None) -> None:
        """The drafter started off the GUI thread, followed by the bar until it is done."""
        steps = self._watch.steps()
        self._runner = BackgroundRunner(parent)
        self._runner.run(lambda: self._work(headline, steps), self._drafted, self._failed,
                         stop=self._watch.stopped)  # fmt: skip
        self._follow.start()

    def _work(self, headline: str | None, steps: Steps) -> tuple[Analysis, list[dict[str, Any]]]:
        """The analysis and the questions that fit the set's labels (on the worker thread)."""
        analysis = analyze(drafted_part(self._text), self._language, headline, steps)
        return analysis, fitting(draft_questions(analysis, steps), self._label_ids)

    def _drafted(self, outcome: tuple[Analysis, list[dict[str, Any]]]) -> None:
        self._follow.stop()
        self._progress.hide()
        self._show(outcome)

    def _failed(self, error: Exception) -> None:
        """The drafter failed, or stopped as asked (then the dialog is closing: nothing to say)."""
        self._follow.stop()
        self._progress.hide()
        if isinstance(error, Cancelled):
            return
        self._state.setText(self.tr("The article could not be analysed: {error}").format(
            error=str(error)))  # fmt: skip

    def _stop_drafting(self) -> None:
        """Cancel, Escape or closing: the drafter stops at its next step (a fraction of a
        second), so the editor, which deletes the dialog and its worker next, never waits."""
        self._watch.stopped.set()
        self._follow.stop()

    def drafting(self) -> bool:
        """Whether the drafter is still at work (its outcome not yet shown)."""
        return self._runner.busy()

    def _show_progress(self) -> None:
        """The bar and the words where the drafter is now (« Analysing the article… » set by
        the dialog until the drafter says its first step)."""
        if self._watch.where is None:
            return
        stage, done, total = self._watch.where
        self._progress.setValue(share(stage, done, total))
        self._state.setText(self._step_words(stage, done, total))

    def _step_words(self, stage: str, done: int, total: int) -> str:
        if stage == READING:
            return self.tr("Analysing the article: paragraph {done} of {total}…").format(
                done=min(done + 1, total), total=total
            )
        if stage == ARTICLE:
            return self.tr("Analysing the article: checking the findings across it…")
        return self.tr("Drafting the questions…")
