"""The article beside the question: plain text, evidence highlighted, selectable for locate.

Spans from the engine are Python string offsets; a QTextDocument counts UTF-16 code units,
so the pane converts between the two (they differ as soon as the text holds an emoji).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from quizapp.model import Article
from quizapp.model.text import unquoted_start
from quizapp.ui.common import is_dark, plain_label, set_scaled_font
from quizapp.ui.quiz.passage_nav import PassageNavigator

Span = tuple[int, int]

# (background, text) of the evidence and of the learner's own pick: light theme, dark theme.
# The evidence is also bold and underlined, so it never rests on colour alone.
EVIDENCE_COLOURS = {"light": ("#ffe680", "#000000"), "dark": ("#7a6200", "#ffffff")}
SELECTION_COLOURS = {"light": ("#cfe3ff", "#000000"), "dark": ("#264d80", "#ffffff")}
# the paragraph a question is about (« de ce paragraphe »): a pale band across the pane,
# under the evidence, said in words to a screen reader (ui36b)
PARAGRAPH_COLOURS = {"light": "#e4ecf7", "dark": "#2b3545"}


class ArticlePane(QWidget):
    """Title, outlet and the read-only text of the set's article."""

    def __init__(self, article: Article | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = article.text if article else ""
        self._utf16_starts = _utf16_offsets(self._text)
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
        self._view = QTextEdit(self)
        self._view.setReadOnly(True)
        self._view.setAcceptRichText(False)
        self._view.setPlainText(self._text)  # plain text: nothing in it is ever interpreted
        self._space_paragraphs()
        self._view.setTabChangesFocus(True)
        self._view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.navigator = PassageNavigator(self)
        self.navigator.show_span.connect(self._select_and_show)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._source)
        layout.addWidget(self.paragraph_note)
        layout.addWidget(self.navigator)
        layout.addWidget(self._view, 1)
        self._retranslate()

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
            start = unquoted_start(self._text[slice(*self._paragraph)])  # no « «… » (ui37b)
            self.paragraph_note.setText(self.tr("The question is about the shaded paragraph, "
                                                "“{0}…”").format(start))  # fmt: skip
            shaded = self.tr("The paragraph of the question is shaded; the caret is at its start.")
            how = f"{self.paragraph_note.text()} {shaded} {how}"
        self._view.setAccessibleDescription(f"{self._task} {how}" if self._task else how)
        if not self._has_article:
            self._title.setText(self.tr("No article"))

    def set_task(self, task: str) -> None:
        """What the learner must find in the text ("" when nothing): a reader hears it there."""
        self._task = task
        self._retranslate()

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
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[0]))
        cursor.setPosition(self._to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)

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
        spans count them) but take no height, so paragraphs show one normal gap (ui34).
        """
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(self.fontMetrics().height() * 0.5)
        flat = QTextBlockFormat()
        flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        block = self._view.document().begin()
        while block.isValid():
            QTextCursor(block).mergeBlockFormat(spacing if block.text().strip() else flat)
            block = block.next()

    def _selections(
        self, evidence: list[Span], chosen: Span | None
    ) -> list[QTextEdit.ExtraSelection]:
        """The learner's pick, then the evidence, in the colours of the current theme."""
        theme = "dark" if is_dark(self) else "light"
        band = [self._band(self._paragraph, PARAGRAPH_COLOURS[theme])] if self._paragraph else []
        picked = [self._extra(chosen, SELECTION_COLOURS[theme], bold=False)] if chosen else []
        evidence_marks = [
            self._extra(span, EVIDENCE_COLOURS[theme], bold=True) for span in evidence
        ]
        return band + picked + evidence_marks

    def _band(self, span: Span, colour: str) -> QTextEdit.ExtraSelection:
        """The paragraph's pale band, the width of the pane, its words' colour left alone."""
        band = QTextEdit.ExtraSelection()
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(colour))
        band.format = char_format
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[0]))
        cursor.setPosition(self._to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        band.cursor = cursor
        return band

    def _extra(self, span: Span, colours: tuple[str, str], bold: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(colours[0]))
        char_format.setForeground(QColor(colours[1]))
        char_format.setFontUnderline(True)
        if bold:
            char_format.setFontWeight(700)
        char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[0]))
        cursor.setPosition(self._to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _scroll_to(self, span: Span) -> None:
        """Show the whole span if it fits, its start otherwise; leaves the caret at its start."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[1]))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        cursor.setPosition(self._to_doc(span[0]))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()

    def _select_and_show(self, span: Span) -> None:
        """Select ``span`` with the caret at its start, the whole of it in view if it fits."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._to_doc(span[1]))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        cursor.setPosition(self._to_doc(span[0]), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()

    def _to_doc(self, offset: int) -> int:
        return self._utf16_starts[max(0, min(offset, len(self._text)))]

    def _from_doc(self, position: int) -> int:
        starts = self._utf16_starts
        if starts[-1] == len(self._text):  # no character outside the BMP: offsets agree
            return min(position, len(self._text))
        return next((i for i, start in enumerate(starts) if start >= position), len(self._text))

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


def _utf16_offsets(text: str) -> list[int]:
    """``result[i]`` is the UTF-16 position of ``text[i]``; one more entry closes the list."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def _opens_with(text: str, title: str) -> bool:
    """Whether the text's first line is the title, spaces and case aside."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(first.split()).casefold() == " ".join(title.split()).casefold()
