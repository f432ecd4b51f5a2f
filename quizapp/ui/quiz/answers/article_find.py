"""Find words in the article, for a locate question answered by keyboard (teacher51).

The passage to locate sits anywhere in the article; by keyboard the learner reached it with
Down, which moves by lines of the view (28 presses to the fifth paragraph of teacher51's
article, and three tries for teacher50). Typing a few of its words here selects their first
place in the article, Enter the next one; Shift+arrows in the article then widen or narrow
the selection, and Ctrl+U takes it as for a selection made with the mouse. Typing the words
is the learner's own reading: nothing tells where the answer is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from quizapp.ui.common import RetranslateOnLanguageChange, plain_label
from quizapp.ui.quiz.article_pane import ArticlePane, Span
from quizapp.ui.spoken_notice import SpokenNotice

FIND_KEYS = "Ctrl+F"


def find_words(text: str, words: str, after: int = -1) -> Span | None:
    """The first place of ``words`` in ``text`` that starts after ``after`` (wrapping round),
    in any case, any run of spaces, either apostrophe; None when absent."""
    parts = [re.sub("['’]", lambda _: "['’]", re.escape(part)) for part in words.split()]
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(parts), re.I)
    found = [match.span() for match in pattern.finditer(text)]
    return next((span for span in found if span[0] > after), found[0] if found else None)


class ArticleFind(RetranslateOnLanguageChange, QWidget):
    """« Find in the article (Ctrl+F): [ ] » under the task, and what it found on a line of
    its own: beside the field, « Trouvé : Entrée pour le suivant, Ctrl+U pour le retenir. »
    made the row wider than the pane at 200 % and its end was cut (student56)."""

    found = Signal()

    def __init__(self, article: ArticlePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article = article
        self.field = QLineEdit(self)
        self._label = QLabel(self)
        self._label.setBuddy(self.field)
        self.status = plain_label("", self)
        self._notice = SpokenNotice(self)
        self.field.textEdited.connect(lambda: self._find(-1))
        self.field.returnPressed.connect(self._find_next)
        QShortcut(QKeySequence(FIND_KEYS), self).activated.connect(self.field.setFocus)
        row = QHBoxLayout()
        for widget in (self._label, self.field):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._retranslate()

    def _retranslate(self) -> None:
        self._label.setText(self.tr("Fin&d in the article (Ctrl+F):"))
        self.field.setPlaceholderText(self.tr("a few words of the passage"))
        self._say("")

    def _say(self, text: str) -> None:
        """Show what the find did; an empty note is hidden, since a screen reader would land on a
        focusable label that says nothing (the AT-SPI tour checks every screen for one).
        A new note is spoken where the focus stays in the field: a screen reader said nothing
        of whether the words typed were found (student56); the same note again is not, so
        each letter typed does not say « Trouvé » once more."""
        if text and text != self.status.text() and self.field.hasFocus():
            self._notice.say(text, self.field)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _find_next(self) -> None:
        selected = self._article.selected_span()
        self._find(selected[0] if selected else -1)

    def _find(self, after: int) -> None:
        """Select the words' next place after ``after`` and show it; say when absent."""
        span = find_words(self._article.article_text, self.field.text(), after)
        if span is None:  # no earlier find's selection left for Ctrl+U to take
            cursor = self._article.text_view.textCursor()
            cursor.clearSelection()
            self._article.text_view.setTextCursor(cursor)
            missing = bool(self.field.text().strip())
            self._say(self.tr("Not in the article.") if missing else "")
            return
        self._article.select_span(span)
        self._article.text_view.ensureCursorVisible()
        self._say(self.tr("Found: Enter for the next one, Ctrl+U to use it."))
        self.found.emit()
