"""The article, first: its details, its text (pasted or opened from a file), and what the
teacher can do with a selection of it.

Passages are made by selecting them here, so they are verbatim by construction. The selected
question's passages are highlighted, and a passage of the form can be scrolled into view and
selected, by the text itself (``article_text.ArticleEdit``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.model.quizset import MAX_ARTICLE_CHARS
from quizapp.sets.articles.reading import ArticleError
from quizapp.sets.editing.commands import SetValue
from quizapp.sets.editing.dates import typed_iso_date
from quizapp.ui.common import is_dark, plain_label, set_scaled_font
from quizapp.ui.editor.article_text import ArticleEdit
from quizapp.ui.editor.forms.bindings import Binder

SELECTION_ACTIONS = ("evidence", "locate", "classify", "who")
FIELDS = ("title", "outlet", "url", "date")


class ArticlePanel(QWidget):
    """Emits ``selection_used(action, text)`` for the four selection actions."""

    selection_used = Signal(str, str)
    open_requested = Signal()
    draft_requested = Signal()

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", self)
        set_scaled_font(self.heading, 1.2)
        self.hint = plain_label("", self)
        top = self._file_buttons()
        self._build_fields(binder)
        self.text = ArticleEdit(self)
        self.text.setTabChangesFocus(True)
        binder.text(self.text, ("article", "text"))
        self.text.selectionChanged.connect(self._update_actions)
        self._build_selection_actions()
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self._lay_out(binder, top)
        binder.link_buddies(self)  # the outlet's Alt letter reaches its field (mend35ui)
        self.retranslate()
        self._update_actions()

    def _file_buttons(self) -> QHBoxLayout:
        """Open an article file, draft questions from it: the row above the details."""
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_requested)
        self.draft_button = QPushButton(self)
        self.draft_button.clicked.connect(self.draft_requested)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.draft_button)
        top.addStretch(1)
        return top

    def _build_fields(self, binder: Binder) -> None:
        """The article's details (headline, outlet, web address, date), bound to the draft."""
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for key in FIELDS:
            edit = QLineEdit(self)
            binder.line(edit, ("article", key), optional=key in ("url", "date"))
            self.form.addRow(key, binder.field(edit, self))
            self.fields[key] = edit
        self.fields["date"].editingFinished.connect(lambda: self._date_to_iso(binder))

    def _build_selection_actions(self) -> None:
        """A button and a key (Ctrl+1..4 on the text) for each use of the selected words."""
        self.selection_heading = plain_label("", self)
        self.action_buttons = {action: QPushButton(self) for action in SELECTION_ACTIONS}
        for action, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.use_selection(a))
        self.selection_keys = {
            action: QAction(self) for action in SELECTION_ACTIONS
        }  # Ctrl+1..4 on the article's text: a key for each action, no mnemonic to share
        for number, (action, key) in enumerate(self.selection_keys.items(), start=1):
            key.setShortcut(QKeySequence(f"Ctrl+{number}"))
            key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.triggered.connect(lambda _=False, a=action: self.use_selection(a))
            self.addAction(key)

    def _lay_out(self, binder: Binder, top: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(binder.field(self.text, self), 1)
        layout.addWidget(self.selection_heading)
        grid = QGridLayout()  # short words, two by two: they never make the pane wide
        for index, button in enumerate(self.action_buttons.values()):
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.text.draw_passages(is_dark(self))
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The article"))
        self.hint.setText(
            self.tr(
                "Paste the article below or open its file (.txt, a saved web page .html, "
                "a Word .docx). Then select words in it to make passages and questions."
            )
        )
        self.open_button.setText(self.tr("&Open a file…"))
        self.open_button.setToolTip(self.tr("Open an article file…").replace("&", ""))
        self.draft_button.setText(self.tr("&Draft questions…"))
        self.draft_button.setToolTip(self.tr("Draft questions from the article…"))
        self.selection_heading.setText(self.tr("With the words selected in the text, make:"))
        names = {
            "title": (self.tr("Headline:"), self.tr("Headline of the article")),
            "outlet": (self.tr("Ne&ws outlet:"), self.tr("Outlet (newspaper, site)")),
            "url": (self.tr("Web address:"), self.tr("Web address (optional)")),
            "date": (self.tr("Date:"), self.tr("Date (YYYY-MM-DD, optional)")),
        }
        for key, (label, name) in names.items():
            self.fields[key].setAccessibleName(name)
            shown = self.form.labelForField(self.fields[key].parentWidget())
            if isinstance(shown, QLabel):
                shown.setText(label)
        self.fields["date"].setPlaceholderText(self.tr("YYYY-MM-DD, if the article gives one"))
        self.fields["date"].setToolTip(self.tr("Written as 2026-11-30, or 30/11/2026"))
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setPlaceholderText(self.tr("Paste the text of the article here (Ctrl+V)."))
        texts, short = self.action_texts(), self.short_texts()
        for number, (action, button) in enumerate(self.action_buttons.items(), start=1):
            full = texts[action].replace("&", "")
            key = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(short[action])
            button.setToolTip(f"{full} ({key})")
            button.setAccessibleName(full)

    def _date_to_iso(self, binder: Binder) -> None:
        """30/11/2026 or 30.11.2026 becomes 2026-11-30 when the teacher leaves the field."""
        day_first = not QLocale().name().startswith("en_US")
        iso = typed_iso_date(self.fields["date"].text(), day_first)
        if iso is not None:
            binder.apply(SetValue(("article", "date"), iso, merge=False))
            self.fields["date"].setText(iso)

    def action_texts(self) -> dict[str, str]:
        return {
            "evidence": self.tr("Use as evidence"),
            "locate": self.tr("Add as the passage to find"),
            "classify": self.tr("New claim to classify from this sentence"),
            "who": self.tr("New 'who said this?' question from this quote"),
        }

    def short_texts(self) -> dict[str, str]:
        """The buttons' words: short, the whole sentence is in their tooltip."""
        return {
            "evidence": self.tr("Evidence"),
            "locate": self.tr("Passage to find"),
            "classify": self.tr("Claim to classify"),
            "who": self.tr("'Who said this?'"),
        }

    def _context_menu(self, point: QPoint) -> None:
        """The text's usual menu, with the four selection actions first."""
        menu = self.text.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        for action, text in self.action_texts().items():
            item = QAction(text, menu)
            item.setEnabled(bool(self.selected_text().strip()))
            item.triggered.connect(lambda _=False, a=action: self.use_selection(a))
            menu.insertAction(first, item)
        menu.insertSeparator(first)
        menu.exec(self.text.mapToGlobal(point))
        menu.deleteLater()

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
        """Mark where each passage stands in the text (``ArticleEdit.mark_passages``)."""
        self.text.mark_passages(passages, is_dark(self))

    def show_passage(self, passage: str) -> bool:
        """Scroll to ``passage`` and select it; False if the text does not hold it."""
        return self.text.show_passage(passage)


def article_error_text(widget: QWidget, error: ArticleError) -> str:
    """Why an article file could not be read, in the interface's language."""
    translate = QCoreApplication.translate
    texts = {
        "kind": translate(
            "ArticlePanel", "{0}: an article is read from a .txt, .html or .docx file."
        ),
        "not_file": translate("ArticlePanel", "{0}: this is not a regular file."),
        "unreadable": translate("ArticlePanel", "{0}: the file cannot be read ({1})."),
        "too_large": translate("ArticlePanel", "{0}: the file is too large for an article."),
        "too_long": translate(
            "ArticlePanel",
            "{0}: the article in this file is {1} characters long, and an article holds at "
            "most {2} (about 15,000 words). Cut it to the part the questions are about, or "
            "copy that part and paste it.",
        ),
        "no_text": translate(
            "ArticlePanel",
            "{0}: no article text found in this page: copy the text from "
            "the browser and paste it instead.",
        ),
        "bad_docx": translate(
            "ArticlePanel", "{0}: this is not a Word document that can be read ({1})."
        ),
    }
    if error.kind == "too_long":  # bounds56: its length, the bound, what to do
        locale = QLocale()
        length, bound = locale.toString(int(error.detail)), locale.toString(MAX_ARTICLE_CHARS)
        return texts["too_long"].format(error.path.name, length, bound)
    return texts.get(error.kind, "{0}: {1}").format(error.path.name, error.detail)
