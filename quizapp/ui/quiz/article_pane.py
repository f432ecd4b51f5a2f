"""The article beside the question: plain text, evidence highlighted, selectable for locate.

Spans from the engine are Python string offsets; a QTextDocument counts UTF-16 code units,
so the pane converts between the two (they differ as soon as the text holds an emoji). How a
span becomes a mark, its colours and that conversion are ``text_marks``' (since tidy38).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from quizapp.model import Article
from quizapp.ui.common import is_dark, plain_label, set_scaled_font
from quizapp.ui.marks_kept import marks_kept
from quizapp.ui.quiz.paired_marks import opens_on_a_mark, paragraph_start
from quizapp.ui.quiz.passage_nav import PassageNavigator
from quizapp.ui.quiz.text_marks import DocumentOffsets, Span, marks


class ArticlePane(QWidget):
    """Title, outlet and the read-only text of the set's article."""

    def __init__(self, article: Article | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = article.text if article else ""
        self._offsets = DocumentOffsets(self._text)
        self._has_article = article is not None
        self._shown: tuple[list[Span], Span | None] = ([], None)  # redrawn on a theme change
        self._paragraph: Span | None = None  # the paragraph the question is about
        self._task = ""  # the question asked in the article (locate), said with its text
        self._title = plain_label(article.title if article else "", self)
        set_scaled_font(self._title, 1.15)
        # the text's own first line is the headline in most sets: shown once (ui32)
        self._title.setHidden(article is not None and _opens_with(self._text, article.title))
        self._source = plain_label(self._source_line(article), self)
        self.paragraph_note = plain_label("", self)  # the shading's meaning in words (ui37)
        self.paragraph_note.setHidden(True)
        self._build_view()
        self.navigator = PassageNavigator(self)
        self.navigator.show_span.connect(self._select_and_show)
        self._lay_out()
        self._retranslate()

    def _build_view(self) -> None:
        """The article's text, read-only but selectable by mouse and keyboard (a locate
        answer is a selection), and left by Tab: the text box never keeps the keyboard."""
        self._view = QTextEdit(self)
        self._view.setReadOnly(True)
        self._view.setAcceptRichText(False)
        # plain text: nothing in it is ever interpreted; « and » kept with their words
        self._view.setPlainText(marks_kept(self._text))
        self._space_paragraphs()
        self._view.setTabChangesFocus(True)
        self._view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def _lay_out(self) -> None:
        """Headline, outlet and the shading's meaning, then the passage navigator and the text,
        which takes the height left."""
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._source)
        layout.addWidget(self.paragraph_note)
        layout.addWidget(self.navigator)
        layout.addWidget(self._view, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange and (any(self._shown) or self._paragraph):
            self._view.setExtraSelections(self._selections(*self._shown))
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._view.setAccessibleName(self.tr("Article text"))
        how = self.tr("Read only. Select a passage with Shift and the arrow keys.")
        self.paragraph_note.setHidden(self._paragraph is None)
        if self._paragraph is not None:
            self.paragraph_note.setText(self._paragraph_words())
            shaded = self.tr("The paragraph of the question is shaded; the caret is at its start.")
            how = f"{self.paragraph_note.text()} {shaded} {how}"
        self._view.setAccessibleDescription(f"{self._task} {how}" if self._task else how)
        if not self._has_article:
            self._title.setText(self.tr("No article"))

    def _paragraph_words(self) -> str:
        """The line naming the shaded paragraph by its first words, the article's marks kept
        (words47); between the window's marks unless they open on one of their own."""
        start = paragraph_start(self._text[slice(*self._paragraph or (0, 0))])
        if opens_on_a_mark(start):
            return self.tr("The question is about the shaded paragraph, {0}").format(start)
        return self.tr("The question is about the shaded paragraph, “{0}”").format(start)

    def set_task(self, task: str) -> None:
        """What the learner must find in the text ("" when nothing): a reader hears it there."""
        self._task = task
        self._retranslate()

    def tell_readers(self) -> None:
        """Say again, in one event each, what a question page built quietly set here: the
        task in the text's description, the shaded paragraph's note. A reader keeps the words
        it was last told, so without these it would read the last question's. The note can
        only have shown meanwhile (``clear_highlight`` hid it, readers told)."""
        updates = [(self._view, QAccessible.Event.DescriptionChanged)]
        if self.paragraph_note.isVisibleTo(self):
            updates += [(self.paragraph_note, QAccessible.Event.NameChanged)]
            updates += [(self.paragraph_note, QAccessible.Event.ObjectShow)]
        for widget, kind in updates:
            QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))

    @property
    def article_text(self) -> str:
        return self._text

    @property
    def text_view(self) -> QTextEdit:
        return self._view

    def selected_span(self) -> Span | None:
        """The learner's selection in the article, as Python offsets; None when empty."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        return self._from_doc(cursor.selectionStart()), self._from_doc(cursor.selectionEnd())

    def select_span(self, span: Span) -> None:
        """Select ``span`` as if the learner had (used by the review and by tests)."""
        self._view.setTextCursor(self._offsets.cursor(self._view.document(), span))

    def highlight(
        self,
        evidence: Iterable[Span],
        chosen: Span | None = None,
        notes: Mapping[Span, str] | None = None,
    ) -> None:
        """Mark the evidence spans (and the learner's own pick); select and show the first.

        ``notes`` tells passages apart in words ("for claim 3"); the navigator above the
        text steps through them, each one selected in turn.
        """
        evidence = sorted(evidence)
        self._shown = (evidence, chosen)
        self._view.setExtraSelections(self._selections(evidence, chosen))
        notes = notes or {}
        self.navigator.set_passages(evidence, [notes.get(span, "") for span in evidence])
        self.navigator.layout().activate()
        self.layout().activate()  # room for the navigator now, not a frame later
        if evidence:
            self.navigator.go_to(0)
        elif chosen is not None:
            self._scroll_to(chosen)

    def mark_paragraph(self, span: Span | None) -> None:
        """Shade the paragraph a question is about and open the article at it, the caret at its
        start. A classify question asks « d'où vient chacune des affirmations de ce paragraphe »
        while the pane opened at the top (ui36's walk-through); its claims stay unmarked."""
        self._paragraph = span
        self._view.setExtraSelections(self._selections(*self._shown))
        self._retranslate()
        if span is not None:
            self._open_at_paragraph()
            # again once the pane is laid out; a weak reference, so no cycle keeps it (gc12)
            pane = weakref.ref(self)
            QTimer.singleShot(0, self, lambda: _open_at_paragraph(pane()))

    def _open_at_paragraph(self) -> None:
        """The paragraph's start at the top of the pane (from below, it comes to the top);
        nothing once evidence is shown (a reviewed answer): its first passage is in view."""
        if self._paragraph is None or any(self._shown):
            return
        cursor = QTextCursor(self._view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        cursor.setPosition(self._to_doc(self._paragraph[0]))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()

    @property
    def marked_paragraph(self) -> Span | None:
        return self._paragraph

    def highlighted_spans(self) -> list[Span]:
        """The spans currently highlighted, as Python offsets (for tests and screenshots); the
        paragraph's band is not one (``marked_paragraph``)."""
        marks = self._view.extraSelections()[1 if self._paragraph else 0 :]
        return [
            (self._from_doc(sel.cursor.selectionStart()), self._from_doc(sel.cursor.selectionEnd()))
            for sel in marks
        ]

    def clear_highlight(self) -> None:
        """Back to a plain article read from the top, as a new question starts."""
        self._shown, self._paragraph = ([], None), None
        self._retranslate()
        self.navigator.set_passages([])
        self._view.setExtraSelections([])
        self._view.setTextCursor(QTextCursor(self._view.document()))
        self._view.verticalScrollBar().setValue(0)

    def _space_paragraphs(self) -> None:
        """A little room after each paragraph; positions stay the same.

        The blank lines a pasted article puts between its paragraphs stay in the text (the
        spans count them) but take no height, so paragraphs show one normal gap (ui34). In
        one edit block: each paragraph's format merged alone sent a reader its text deleted
        and inserted again, 60 events for a 30-line article as the quiz opened, and Orca 43
        took up to 20 s over one of them on a loaded machine (a11y46).
        """
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(self.fontMetrics().height() * 0.5)
        flat = QTextBlockFormat()
        flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor = QTextCursor(self._view.document())
        cursor.beginEditBlock()  # one change told to a reader, not one per paragraph (a11y46)
        block = self._view.document().begin()
        while block.isValid():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(spacing if block.text().strip() else flat)
            block = block.next()
        cursor.endEditBlock()

    def _selections(
        self, evidence: list[Span], chosen: Span | None
    ) -> list[QTextEdit.ExtraSelection]:
        """The paragraph's band, the learner's pick, then the evidence, in the colours of the
        current theme."""
        theme = "dark" if is_dark(self) else "light"
        document = self._view.document()
        return marks(document, self._offsets, (evidence, chosen), self._paragraph, theme)

    def _scroll_to(self, span: Span) -> None:
        """Show the whole span if it fits, its start otherwise; leaves the caret at its start."""
        self._show(span, QTextCursor.MoveMode.MoveAnchor)

    def _select_and_show(self, span: Span) -> None:
        """Select ``span`` with the caret at its start, the whole of it in view if it fits."""
        self._show(span, QTextCursor.MoveMode.KeepAnchor)

    def _show(self, span: Span, mode: QTextCursor.MoveMode) -> None:
        """The span's end brought into view, then its start (``mode`` keeps the anchor at the
        end, a selection, or moves it, a caret): the whole span shows when it fits."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[1]))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        cursor.setPosition(self._to_doc(span[0]), mode)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()

    def _to_doc(self, offset: int) -> int:
        return self._offsets.to_doc(offset)

    def _from_doc(self, position: int) -> int:
        return self._offsets.from_doc(position)

    def _source_line(self, article: Article | None) -> str:
        if article is None:
            return ""
        parts = [article.outlet]
        if article.date:
            parts.append(article.date.isoformat())
        if article.url:
            parts.append(article.url)
        return " · ".join(parts)


def _open_at_paragraph(pane: ArticlePane | None) -> None:
    if pane is not None:
        pane._open_at_paragraph()


def _opens_with(text: str, title: str) -> bool:
    """Whether the text's first line is the title, spaces and case aside."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first.split()).casefold() == " ".join(title.split()).casefold()
