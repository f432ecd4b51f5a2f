"""What the article pane draws over its text, and where: the evidence, the learner's pick and
the band of the paragraph a question is about, each an extra selection in the colours of the
theme, over spans the engine gives as Python string offsets. A QTextDocument counts UTF-16
code units, so the offsets are converted (they differ as soon as the text holds an emoji).
Out of ``article_pane`` since tidy38, which had reached 300 lines: the pane lays the text out
and answers the learner; this module says how a span becomes a mark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

Span = tuple[int, int]

# (background, text) of the evidence and of the learner's own pick: light theme, dark theme.
# The evidence is also bold and underlined, so it never rests on colour alone.
EVIDENCE_COLOURS = {"light": ("#ffe680", "#000000"), "dark": ("#7a6200", "#ffffff")}
SELECTION_COLOURS = {"light": ("#cfe3ff", "#000000"), "dark": ("#264d80", "#ffffff")}
# the paragraph a question is about (« de ce paragraphe »): a pale band across the pane,
# under the evidence, said in words to a screen reader (ui36b)
PARAGRAPH_COLOURS = {"light": "#e4ecf7", "dark": "#2b3545"}


class DocumentOffsets:
    """Python string offsets of ``text`` and the document's UTF-16 positions, both ways."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts = [0]  # ``_starts[i]`` is the UTF-16 position of ``text[i]``, one more
        for char in text:
            self._starts.append(self._starts[-1] + (2 if ord(char) > 0xFFFF else 1))

    def to_doc(self, offset: int) -> int:
        return self._starts[max(0, min(offset, self._length))]

    def from_doc(self, position: int) -> int:
        starts = self._starts
        if starts[-1] == self._length:  # no character outside the BMP: offsets agree
            return min(position, self._length)
        return next((i for i, start in enumerate(starts) if start >= position), self._length)

    def cursor(self, document: QTextDocument, span: Span) -> QTextCursor:
        """A cursor of ``document`` selecting ``span``, its anchor at the start."""
        cursor = QTextCursor(document)
        cursor.setPosition(self.to_doc(span[0]))
        cursor.setPosition(self.to_doc(span[1]), QTextCursor.MoveMode.KeepAnchor)
        return cursor


def marks(
    document: QTextDocument,
    offsets: DocumentOffsets,
    shown: tuple[list[Span], Span | None],
    paragraph: Span | None,
    theme: str,
) -> list[QTextEdit.ExtraSelection]:
    """The paragraph's band, the learner's pick, then the evidence, in the colours of
    ``theme`` ("light" or "dark"): the pane's extra selections."""
    evidence, chosen = shown
    marked: list[QTextEdit.ExtraSelection] = []
    if paragraph:
        marked.append(_band(offsets.cursor(document, paragraph), PARAGRAPH_COLOURS[theme]))
    if chosen:
        marked.append(_mark(offsets.cursor(document, chosen), SELECTION_COLOURS[theme], False))
    for span in evidence:
        marked.append(_mark(offsets.cursor(document, span), EVIDENCE_COLOURS[theme], True))
    return marked


def _band(cursor: QTextCursor, colour: str) -> QTextEdit.ExtraSelection:
    """The paragraph's pale band, the width of the pane, its words' colour left alone."""
    band = QTextEdit.ExtraSelection()
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(colour))
    band.format = char_format
    band.cursor = cursor
    return band


def _mark(cursor: QTextCursor, colours: tuple[str, str], bold: bool) -> QTextEdit.ExtraSelection:
    """A passage marked in ``colours`` (background, text) and underlined, bold for evidence."""
    selection = QTextEdit.ExtraSelection()
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(colours[0]))
    char_format.setForeground(QColor(colours[1]))
    char_format.setFontUnderline(True)
    if bold:
        char_format.setFontWeight(700)
    char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
    selection.cursor = cursor
    selection.format = char_format
    return selection
