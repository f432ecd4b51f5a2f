"""The article's text as the editor shows it: a paste into the empty article read as an
opened article, and the selected question's passages marked in it (bold and underlined as
well as coloured, never colour alone), one of them scrolled into view on request.

Out of article_panel.py (tidy56), which lays out the details, the text and the selection's
buttons around this widget.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from quizapp.model.text import find_passage
from quizapp.ui.editor.paste_bound import refused_paste

HIGHLIGHT = {"light": ("#ffe680", "#000000"), "dark": ("#7a6200", "#ffffff")}


class ArticleEdit(QPlainTextEdit):
    """The article's text. A paste (or drop) into the empty article is not inserted but
    sent as ``pasted_whole``: the editor reads it as an opened article (headline, title)."""

    pasted_whole = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passages: list[str] = []

    def insertFromMimeData(self, source: QMimeData) -> None:
        selected = self.textCursor().selectedText()
        if source.hasText() and refused_paste(self, self.toPlainText(), selected, source.text()):
            return  # longer than a set's article may be (bounds56)
        if not self.toPlainText().strip() and source.hasText() and source.text().strip():
            self.pasted_whole.emit(source.text())
            self.moveCursor(QTextCursor.MoveOperation.End)  # where a paste leaves the caret
        else:
            super().insertFromMimeData(source)

    def mark_passages(self, passages: Iterable[str], dark: bool) -> None:
        """Mark where each passage stands in the text (those found), in ``dark`` colours or
        light ones."""
        self._passages = [p for p in passages if isinstance(p, str) and p.strip()]
        self.draw_passages(dark)

    def draw_passages(self, dark: bool) -> None:
        """The marks drawn again, in ``dark`` colours or light ones: the panel says which,
        since it hears of a new palette before this widget has it (Qt tells the parent
        first)."""
        text = self.toPlainText()
        colours = HIGHLIGHT["dark" if dark else "light"]
        spans = (find_passage(text, passage) for passage in self._passages)
        self.setExtraSelections([self._marked(text, s, colours) for s in spans if s is not None])

    def _marked(
        self, text: str, span: tuple[int, int], colours: tuple[str, str]
    ) -> QTextEdit.ExtraSelection:
        """One passage's mark: its span of ``text`` in the ``colours`` (background,
        foreground), bold and underlined too."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(_utf16(text, span[0]))
        cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = _mark_format(*colours)
        return selection

    def show_passage(self, passage: str) -> bool:
        """Scroll to ``passage`` and select it; False if the text does not hold it."""
        text = self.toPlainText()
        span = find_passage(text, passage) if passage.strip() else None
        if span is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(_utf16(text, span[0]))
        cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        return True


def _mark_format(background: str, foreground: str) -> QTextCharFormat:
    """A passage's look: coloured, underlined and bold, so that it never rests on colour alone."""
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(background))
    char_format.setForeground(QColor(foreground))
    char_format.setFontUnderline(True)
    char_format.setProperty(QTextFormat.Property.FontWeight, 700)
    return char_format


def _utf16(text: str, offset: int) -> int:
    """A Python offset of ``text`` as a position of the Qt document (UTF-16 units)."""
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)
