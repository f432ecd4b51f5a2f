"""The next question's page put in place of the last one's, a screen reader told of it once.

Each widget of a question page made, named and shown sent its own events, about 70 a question
over AT-SPI, which Orca 43 works through one by one: a learner who moved on quickly had it
seconds behind and pruning its queue on a loaded machine, the next question never heard
(a11y46). So the page is built quietly (``quiet_for_readers``, AT-SPI only), named whole with
its count before it shows, and the article says again what the quiet page set in it.

Only where the page was built quietly (mend46c): on Windows and macOS the page is built with
readers told, as before, so the article's words reached them already and saying them again
gave NVDA or VoiceOver one more description (and the shaded paragraph's note one more name and
showing) on every question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from quizapp.engine import QuizSession, State
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.question_page import QuestionPage
from quizapp.ui.spoken_notice import quiet_for_readers


def counter_words(session: QuizSession) -> str:
    """ "Question n of N": the current question's place, the last one's once finished (the
    quiz screen's words, translated as they always were, in its context)."""
    finished = session.state is State.FINISHED
    position = session.total if finished else session.current.position + 1
    return QCoreApplication.translate("QuizView", "Question {0} of {1}").format(
        position, session.total
    )


class PageSwap:
    """Puts each question's page in ``holder`` (a bare box with a vertical layout), in place
    of the last one's, shown so that it can take the keyboard focus (given after, aloud).
    It keeps nothing of the screen that owns it (no slot of its): a cycle through it would
    keep the quiz screen for the collector (tests/ui/test_pages_freed.py)."""

    def __init__(
        self,
        holder: QWidget,
        session: QuizSession,
        article: ArticlePane,
        set_dir: Path | None,
    ) -> None:
        self._holder, self._session, self._article = holder, session, article
        self._set_dir = set_dir

    def replace(self, old: QuestionPage | None, on_changed: Callable[[], None]) -> QuestionPage:
        """The current question's page, built with a reader told once, ``on_changed`` told of
        each change of its answer; ``old`` deleted."""
        with quiet_for_readers(self._holder) as quiet:  # one event, not about 70 (a11y46)
            page = self._new_page(old, on_changed)
        if quiet:  # what the quiet page set in the article, said again (mend46c: only then)
            self._article.tell_readers()
        return page

    def _new_page(self, old: QuestionPage | None, on_changed: Callable[[], None]) -> QuestionPage:
        layout = self._holder.layout()
        if old is not None:  # gone at once, not at the next turn of the event loop
            layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        page = QuestionPage(self._session.current, self._session.quiz, self._article, self._set_dir)
        page.changed.connect(on_changed)
        page.set_counter(counter_words(self._session))  # named whole while quiet, not renamed
        layout.addWidget(page)
        page.show()
        return page
