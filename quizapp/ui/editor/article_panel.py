"""The article, first: its details, its text (pasted or opened from a file), and what the
teacher can do with a selection of it.

Passages are made by selecting them here, so they are verbatim by construction. The selected
question's passages are highlighted (bold and underlined as well as coloured, never colour
alone); a passage of the form can be scrolled into view and selected.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.model.text import find_passage
from quizapp.ui.common import is_dark, plain_label, set_scaled_font
from quizapp.ui.editor.bindings import Binder

HIGHLIGHT = {"light": ("#ffe680", "#000000"), "dark": ("#7a6200", "#ffffff")}
SELECTION_ACTIONS = ("evidence", "locate", "classify", "who")


class ArticlePanel(QWidget):
    """Emits ``selection_used(action, text)`` for the four selection actions."""

    selection_used = Signal(str, str)
    open_requested = Signal()
    draft_requested = Signal()

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = plain_label(self.tr("The article"), self)
        set_scaled_font(heading, 1.2)
        self.hint = plain_label(
            self.tr(
                "Paste the article below or open its file (.txt, a saved web page .html, "
                "a Word .docx). Then select words in it to make passages and questions."
            ),
            self,
        )
        self.open_button = QPushButton(self.tr("&Open an article file…"), self)
        self.open_button.clicked.connect(self.open_requested)
        self.draft_button = QPushButton(self.tr("Draft &questions from the article…"), self)
        self.draft_button.clicked.connect(self.draft_requested)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.draft_button)
        top.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for key, label, name, optional in (
            ("title", self.tr("Headline:"), self.tr("Headline of the article"), False),
            ("outlet", self.tr("Outlet:"), self.tr("Outlet (newspaper, site)"), False),
            ("url", self.tr("Web address:"), self.tr("Web address (optional)"), True),
            ("date", self.tr("Date:"), self.tr("Date (YYYY-MM-DD, optional)"), True),
        ):
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            if key == "date":
                edit.setPlaceholderText(self.tr("YYYY-MM-DD, if the article gives one"))
            binder.line(edit, ("article", key), optional=optional)
            form.addRow(label, binder.field(edit, self))
            self.fields[key] = edit
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setPlaceholderText(self.tr("Paste the text of the article here (Ctrl+V)."))
        binder.text(self.text, ("article", "text"))
        self.text.selectionChanged.connect(self._update_actions)
        self.action_buttons = self._action_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(binder.field(self.text, self), 1)
        grid = QGridLayout()
        for index, button in enumerate(self.action_buttons.values()):
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self._passages: list[str] = []
        self._update_actions()

    def _action_buttons(self) -> dict[str, QPushButton]:
        texts = {
            "evidence": self.tr("Use as &evidence"),
            "locate": self.tr("Add as the passage to &find"),
            "classify": self.tr("New &claim to classify from this sentence"),
            "who": self.tr("New '&who said this?' question from this quote"),
        }
        buttons = {}
        for action, text in texts.items():
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, a=action: self.use_selection(a))
            buttons[action] = button
        return buttons

    def selected_text(self) -> str:
        return self.text.textCursor().selectedText().replace("\u2029", "\n")

    def use_selection(self, action: str) -> None:
        text = self.selected_text().strip()
        if text:
            self.selection_used.emit(action, text)

    def _update_actions(self) -> None:
        has = bool(self.selected_text().strip())
        for button in self.action_buttons.values():
            button.setEnabled(has)

    def article_text(self) -> str:
        return self.text.toPlainText()

    def highlight(self, passages: Iterable[str]) -> None:
        """Mark where each passage stands in the text (those found)."""
        self._passages = [p for p in passages if isinstance(p, str) and p.strip()]
        self._draw()

    def _draw(self) -> None:
        text = self.article_text()
        background, foreground = HIGHLIGHT["dark" if is_dark(self) else "light"]
        selections = []
        for passage in self._passages:
            span = find_passage(text, passage)
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(_utf16(text, span[0]))
            cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(background))
            char_format.setForeground(QColor(foreground))
            char_format.setFontUnderline(True)
            char_format.setProperty(QTextFormat.Property.FontWeight, 700)
            selection.format = char_format
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def show_passage(self, passage: str) -> bool:
        """Scroll to ``passage`` and select it; False if the text does not hold it."""
        text = self.article_text()
        span = find_passage(text, passage) if passage.strip() else None
        if span is None:
            return False
        cursor = self.text.textCursor()
        cursor.setPosition(_utf16(text, span[0]))
        cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        return True


def _utf16(text: str, offset: int) -> int:
    """A Python offset of ``text`` as a position of the Qt document (UTF-16 units)."""
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)
