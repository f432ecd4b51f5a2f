"""The form under the review list where the teacher corrects one drafted question before she
accepts it: its prompt and explanation, the kind of source of each claim or of the quotation
it is built on, its right answer. Names only (the set's label names, "True"/"False" in the
interface's language), never ids. Every change is sent at once as a new draft (``edited``);
what she accepts is what she sees.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)  # fmt: skip

from quizapp.draft.drafting import edits
from quizapp.ui.common import plain_label
from quizapp.ui.marks_kept import marks_kept


class ProposalForm(QScrollArea):
    """Edit one proposal; ``edited`` carries the corrected draft after every change."""

    edited = Signal(dict)
    rebuilt = Signal()  # the form rebuilt its fields itself: the dialog chains them again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._draft: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        self._choices: list[str] = []
        self._source: str | None = None
        self._on_quotation = True
        # the claims she removed, per proposal, latest last: (place, claim, evidence before)
        self._removed: dict[str, list[tuple[int, dict[str, Any], list[str] | None]]] = {}
        self.setWidget(QWidget(self))
        # Ctrl+Z where no text field takes it (a claim's choices, after Remove) brings back
        # the last claim removed; a text field keeps its own undo
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.restore_claim)

    def show_draft(
        self,
        draft: dict[str, Any],
        names: dict[str, str],
        choices: list[str],
        source: str | None,
        quoted: bool = True,
    ) -> None:
        """Show ``draft``; ``names`` label id → name, ``choices`` the set's label ids, and
        ``source`` the label of the attribution the question is built on (None if none),
        ``quoted`` whether it is a quotation (« the council has confirmed … » is not)."""
        self._draft, self._names, self._choices, self._source = draft, names, choices, source
        self._on_quotation = quoted
        self._rebuild()

    def draft(self) -> dict[str, Any]:
        return self._draft

    # ----- building -----
    def _rebuild(self) -> None:
        page = QWidget(self)
        layout = QFormLayout(page)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.prompt_field = self._text_field("prompt", self.tr("Question"), layout)
        kind = self._draft.get("type")
        if self._source is not None:
            self._add_source_row(layout)
        builders: dict[str, Callable[[QFormLayout], None]] = {
            "classify": self._add_claims, "single_choice": self._add_right_option,
            "true_false": self._add_true_false, "match": self._add_pairs,
            "locate": self._add_locate,
        }  # fmt: skip
        if kind in builders:
            builders[kind](layout)
        self.explanation_field = self._text_field("explanation", self.tr("Explanation"), layout)
        self.setWidget(page)

    def _text_field(self, key: str, title: str, layout: QFormLayout) -> QPlainTextEdit:
        given = self._draft.get(key, "")
        field = _TextField(marks_kept(given))  # « and » kept with their words, shown only
        field.setTabChangesFocus(True)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
        field.setAccessibleName(title)
        field.textChanged.connect(lambda: self._emit(edits.with_text(
            self._draft, key, _unshown(_raw_text(field), given))))  # fmt: skip
        self._add_row(layout, title, field)
        return field

    def _add_row(self, layout: QFormLayout, title: str, field: QWidget) -> None:
        label = QLabel(self.tr("{title}:").format(title=title))
        label.setBuddy(field)
        layout.addRow(label, field)

    def _combo(self, texts: list[str], current: int, name: str) -> QComboBox:
        combo = QComboBox()
        # a long speaker name must not widen the form past its pane
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItems(texts)
        combo.setCurrentIndex(current)
        combo.setAccessibleName(name)
        return combo

    def _label_combo(self, label: str, name: str, choices: list[str] | None = None) -> QComboBox:
        ids = list(self._choices if choices is None else choices)
        if label not in ids:
            ids.append(label)
        combo = self._combo([self._names.get(i, i) for i in ids], ids.index(label), name)
        combo.setProperty("label_ids", ids)
        return combo

    def _add_source_row(self, layout: QFormLayout) -> None:
        assert self._source is not None
        ids = [i for i in self._choices if i in ("named", "anonymous", "vague")] or self._choices
        title = (self.tr("Kind of source of the quotation") if self._on_quotation
                 else self.tr("Kind of source of the reported words"))  # fmt: skip
        combo = self._label_combo(self._source, title, ids)
        combo.currentIndexChanged.connect(lambda _: self._source_changed(combo))
        self.source_combo = combo
        self._add_row(layout, title, combo)

    def _source_changed(self, combo: QComboBox) -> None:
        new = combo.property("label_ids")[combo.currentIndex()]
        old, self._source = self._source or new, new
        self._emit(edits.with_source_label(self._draft, old, new, self._names))

    def _add_claims(self, layout: QFormLayout) -> None:
        self.claim_combos: list[QComboBox] = []
        self.remove_buttons: list[QPushButton] = []
        for index, item in enumerate(self._draft.get("items", [])):
            number = index + 1
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            name = self.tr("Kind of source of claim {number}").format(number=number)
            combo = self._label_combo(item["label"], name)
            combo.currentIndexChanged.connect(lambda _, i=index, c=combo: self._relabel(i, c))
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove claim {number}").format(number=number))
            remove.clicked.connect(lambda _=False, i=index: self._remove_claim(i))
            row_layout.addWidget(combo, 1)
            row_layout.addWidget(remove)
            # its buddy makes Qt read « & » as a shortcut letter: an article's « & » is doubled
            claim = plain_label(f"{number}. {item['claim']}".replace("&", "&&"))
            claim.setBuddy(combo)
            layout.addRow(claim)  # the claim on its own full-width line, its choices under it
            layout.addRow(row)
            self.claim_combos.append(combo)
            self.remove_buttons.append(remove)

    def _relabel(self, index: int, combo: QComboBox) -> None:
        label = combo.property("label_ids")[combo.currentIndex()]
        self._emit(edits.with_item_label(self._draft, index, label))

    def _remove_claim(self, index: int) -> None:
        """Drop a claim; the keyboard goes to the claim that took its place (the one before
        when it was the last), not nowhere with the button pressed (ui34). Ctrl+Z brings
        it back (ui35: the rest of the review could be undone, a removed claim could not)."""
        kept = (index, self._draft["items"][index], self._draft.get("evidence"))
        self._removed.setdefault(self._draft.get("id", ""), []).append(kept)
        self._emit(edits.without_item(self._draft, index))
        self._show_claims_again(index)

    def restore_claim(self) -> None:
        """Put the last claim removed from this proposal back in its place, with its
        evidence, keeping what she changed since; the keyboard on its choices."""
        removed = self._removed.get(self._draft.get("id", ""))
        if not removed or self._draft.get("type") != "classify":
            return
        index, item, evidence = removed.pop()
        self._emit(_with_item(self._draft, index, item, evidence))
        self._show_claims_again(index)

    def _show_claims_again(self, index: int) -> None:
        """The form rebuilt after a claim went or came back, the keyboard on claim
        ``index`` (the one before when there is none at that place)."""
        self._rebuild()
        self.rebuilt.emit()
        combos = self.claim_combos
        (combos[min(index, len(combos) - 1)] if combos else self.prompt_field).setFocus()

    def _add_right_option(self, layout: QFormLayout) -> None:
        options = self._draft.get("options", [])
        right = next((i for i, o in enumerate(options) if o.get("correct")), 0)
        combo = self._combo([o["text"] for o in options], right, self.tr("Right answer"))
        combo.currentIndexChanged.connect(
            lambda index: self._emit(edits.with_right_option(self._draft, index))
        )
        self.answer_combo = combo
        self._add_row(layout, self.tr("Right answer"), combo)
        self.wrong_options = plain_label("")
        self.wrong_options.setAccessibleName(self.tr("Wrong options"))
        self._show_wrong_options(right)
        combo.currentIndexChanged.connect(self._show_wrong_options)
        self._add_row(layout, self.tr("Wrong options"), self.wrong_options)

    def _show_wrong_options(self, right: int) -> None:
        """The options students will get besides the right one, each on its line: hidden in
        the drop-down, she could not judge them without opening it (teacher32)."""
        options = [o["text"] for o in self._draft.get("options", [])]
        wrong = [f"• {text}" for index, text in enumerate(options) if index != right]
        self.wrong_options.setText("\n".join(wrong) or self.tr("(none)"))

    def _add_true_false(self, layout: QFormLayout) -> None:
        texts = [self.tr("True"), self.tr("False")]
        combo = self._combo(texts, 0 if self._draft.get("answer") else 1, self.tr("Right answer"))
        combo.currentIndexChanged.connect(
            lambda index: self._emit(edits.with_answer(self._draft, index == 0))
        )
        self.answer_combo = combo
        self._add_row(layout, self.tr("Right answer"), combo)

    def _add_pairs(self, layout: QFormLayout) -> None:
        pairs = self._draft.get("pairs", [])
        speakers = list(dict.fromkeys([p["right"] for p in pairs]
                                      + self._draft.get("distractors", [])))  # fmt: skip
        self.pair_combos: list[QComboBox] = []
        for index, pair in enumerate(pairs):
            name = self.tr("Who said quotation {number}").format(number=index + 1)
            combo = self._combo(speakers, speakers.index(pair["right"]), name)
            combo.currentIndexChanged.connect(lambda _, i=index, c=combo: self._emit(
                edits.with_pair_right(self._draft, i, c.currentText())))  # fmt: skip
            layout.addRow(plain_label(f"{index + 1}. {pair['left']}"))
            layout.addRow(combo)
            self.pair_combos.append(combo)

    def _add_locate(self, layout: QFormLayout) -> None:
        words = "; ".join(self._quoted(a) for a in self._draft.get("answer", []))
        answer = plain_label(words)
        answer.setAccessibleName(self.tr("Words to find"))
        self.locate_words = answer
        self._add_row(layout, self.tr("Words to find"), answer)

    def _quoted(self, text: str) -> str:
        return self.tr("“{text}”").format(text=text)

    def _emit(self, draft: dict[str, Any]) -> None:
        self._draft = draft
        self.edited.emit(draft)


def _with_item(
    draft: dict[str, Any], index: int, item: dict[str, Any], before: list[str] | None
) -> dict[str, Any]:
    """``draft`` with ``item`` back at ``index`` and its evidence back in the question's
    list, in the order it had (``before``: that list when the claim was removed)."""
    restored = copy.deepcopy(draft)
    restored["items"].insert(min(index, len(restored["items"])), copy.deepcopy(item))
    if before is not None:
        now = restored.get("evidence", [])
        back = [e for e in before if e in now or e == item.get("evidence")]
        restored["evidence"] = back + [e for e in now if e not in back]
    return restored


class _TextField(QPlainTextEdit):
    """A text of the form: Tab into it puts the cursor at the end, as Enter on a proposal
    does (ui35: Tab left it at the start, where she does not go on writing)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.moveCursor(QTextCursor.MoveOperation.End)


def _unshown(text: str, given: str) -> str:
    """The field's text as the draft holds it: back to ``given`` when it reads as shown (the
    no-break spaces inside « » are the display's, so an undone edit is no edit)."""
    return given if text == marks_kept(given) else text


def _raw_text(field: QPlainTextEdit) -> str:
    """The field's text with its no-break spaces: ``toPlainText`` turns them into spaces, so
    a French « … » lost them at the first key and an undone edit still read as edited.
    Paragraph and line separators (Enter, Shift+Enter) read as newlines, as before."""
    return field.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
