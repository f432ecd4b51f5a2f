"""Answer widget for locate questions: the learner selects a passage in the article pane.

Selecting is done in the pane itself (mouse, or Tab into the text and Shift+arrows), then
"Use the selected passage" (Ctrl+U from anywhere, an explicit shortcut because some
platforms have no Alt mnemonics) takes it as the answer, shown back in words. Ctrl+U typed
in the article is taken there too: a shortcut fires only in the active window, and a bare X
server with no window manager leaves the window inactive while its text gets the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from quizapp.engine import LocateResponse, Mark, Response, Verdict
from quizapp.engine.locate_fit import Fit, LocateFit, words_held
from quizapp.ui.common import MarkBadge, RetranslateOnLanguageChange, plain_label
from quizapp.ui.quiz.answers.article_find import FIND_KEYS, ArticleFind
from quizapp.ui.quiz.article_pane import ArticlePane, Span

PREVIEW_CHARS = 300


class LocateWidget(RetranslateOnLanguageChange, QWidget):
    """Takes the article pane's selection as the answer when the learner confirms it."""

    changed = Signal()

    def __init__(self, article: ArticlePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article = article
        self._span: Span | None = None
        self._how = plain_label("", self)
        self._use = QPushButton(self)
        shortcut = QShortcut(QKeySequence("Ctrl+U"), self)
        shortcut.activated.connect(self._use.click)
        article.text_view.installEventFilter(self)  # Ctrl+U typed in the text, no shortcut
        self.find = ArticleFind(article, self)  # words typed select their place (teacher51)
        self.find.field.installEventFilter(self)  # Ctrl+U typed there too
        self._use.clicked.connect(self._on_use_selection)
        self._chosen = plain_label("", self)
        self._nothing_selected = False  # "Nothing is selected" said after a try
        self._badge = MarkBadge(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._how, self.find, self._use, self._chosen, self._badge):
            layout.addWidget(widget)
        self._retranslate()

    def _retranslate(self) -> None:
        self._how.setText(
            self.tr(
                "Select the passage in the article (with the mouse, or Tab into the text "
                "and hold Shift with the arrow keys; Ctrl+F finds words you type), then "
                "confirm it with the button below or Ctrl+U."
            )
        )
        self._use.setText(self.tr("Use the selected passage (Ctrl+U)"))
        self._use.setAccessibleName(self.tr("Use the passage selected in the article"))
        self._show_chosen()

    @property
    def use_button(self) -> QPushButton:
        return self._use

    def is_answered(self) -> bool:
        return self._span is not None

    def response(self) -> Response:
        return LocateResponse(self._span)

    def set_response(self, response: Response) -> None:
        if isinstance(response, LocateResponse):
            self._take(response.span)
            self.changed.emit()

    def show_verdict(self, verdict: Verdict) -> None:
        mark = verdict.marks[0]
        self._badge.show_mark(mark, self._detail(mark, verdict.locate))
        self._use.setAccessibleDescription(self._badge.text)
        self.set_locked(True)

    def marks_summary(self) -> list[str]:
        return [f"{self._chosen.text()} {self._badge.text}"] if self._badge.text else []

    def _detail(self, mark: Mark, fit: LocateFit | None) -> str:
        """Why the passage counts or not: too short and too broad are told in words counted."""
        if mark is Mark.MISSED:
            return self.tr("no passage chosen; the answer is highlighted in the article")
        if mark is Mark.RIGHT:
            return self.tr("your passage covers the answer, highlighted in the article")
        if fit is not None and fit.fit is Fit.TOO_SHORT:
            return self.tr(
                "too short: you selected %n word(s) of the {0} of the passage highlighted "
                "in the article; select at least half of it.",
                "",
                fit.covered_words,
            ).format(fit.passage_words)
        if fit is not None and fit.fit is Fit.TOO_BROAD:
            return self.tr(
                "too broad: you selected %n word(s) for a passage of {0}, highlighted in the "
                "article; select the passage itself, not the text around it.",
                "",
                fit.selected_words,
            ).format(fit.passage_words)
        return self.tr("the answer is the passage highlighted in the article")

    def chosen_span(self) -> Span | None:
        """The learner's passage as the words it holds (``words_held``), as shown and
        highlighted; the answer keeps the selection as taken, judged at its best."""
        if self._span is None:
            return None
        return words_held(self._article.article_text, self._span)

    def set_locked(self, locked: bool) -> None:
        self._use.setEnabled(not locked)
        self.find.setEnabled(not locked)

    def focus_first(self) -> None:
        self._article.text_view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+U (or Ctrl+F) reaching the article's text as a key press is the shortcut not
        taken: Qt matches shortcuts only in the active window, and with no window manager
        (Xvfb, a kiosk) the window is not made active until a click, while the text it shows
        still gets the keys (Shift+arrows select, Ctrl+U did nothing: ui43's walk-through,
        ui44)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if not (self.isVisible() and self._use.isEnabled()):
            return super().eventFilter(watched, event)
        pressed = event.keyCombination().toCombined()
        if pressed == QKeySequence("Ctrl+U")[0].toCombined():
            self._use.click()
            return True
        if pressed == QKeySequence(FIND_KEYS)[0].toCombined():
            self.find.field.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_use_selection(self) -> None:
        span = self._article.selected_span()
        if span is None:
            self._nothing_selected = True
            self._show_chosen()
            return
        self._take(span)
        self.changed.emit()
        if self.find.field.hasFocus():  # Enter there finds again; in the text it checks
            self._article.text_view.setFocus()

    def _take(self, span: Span | None) -> None:
        self._span = span
        self._nothing_selected = False
        self._show_chosen()

    def _show_chosen(self) -> None:
        span = self.chosen_span()
        if span is None:
            if self._nothing_selected:
                self._chosen.setText(self.tr("Nothing is selected in the article yet."))
            else:
                self._chosen.setText(self.tr("No passage chosen yet."))
            return
        passage = self._article.article_text[span[0] : span[1]]
        if len(passage) > PREVIEW_CHARS:
            passage = passage[:PREVIEW_CHARS] + "…"
        self._chosen.setText(self.tr("Your passage: “{0}”").format(passage))
