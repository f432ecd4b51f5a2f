"""The list of questions: the set's own entry first, then one row per question with its
prompt, its kind and, when the live check found something, an icon and the number of problems in
words. Rows are reordered by dragging or with Alt+Up / Alt+Down (each move one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from quizapp.ui.editor.forms.bindings import ERROR_MARK, WARNING_MARK

SET_ROW = 0  # the first row stands for the set itself (title, labels, settings)
PROMPT_CHARS = 70


class QuestionList(QListWidget):
    """Rows: the set, then the questions; ``moved(source, target)`` asks for a reorder."""

    moved = Signal(int, int)  # question indexes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scroll_to: int | None = None  # the row kept in view while batches lay out
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(False)  # rows of one or two lines, shortened with "…" to the width
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # (tooltip: all)
        # A row's text changes at each key typed in its prompt; Qt then lays out every row
        # again. In batches, a thousand rows never hold the window more than a few ms.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self._type_words: dict[str, str] = {}
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}
        self._problems: dict[int, tuple[int, int, str]] = {}
        self._set_problems = (0, 0, "")

    def set_type_words(self, words: dict[str, str]) -> None:
        self._type_words = words

    def fill(self, title: str, questions: list[Any]) -> None:
        """All rows anew (after questions were added, removed or reordered)."""
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        self.addItem(QListWidgetItem())
        for _ in questions:
            self.addItem(QListWidgetItem())
        self.update_set_row(title)
        for index, question in enumerate(questions):
            self.update_row(index, question)
        self.blockSignals(False)
        self.setCurrentRow(min(max(current, 0), self.count() - 1))
        self._keep_in_view()

    def update_set_row(self, title: str) -> None:
        errors, warnings, first = self._set_problems
        text = self.tr("The set: {0}").format(title or self.tr("(no title yet)"))
        self._show(self.item(SET_ROW), text, errors, warnings, first)

    def update_row(self, index: int, question: Any) -> None:
        item = self.item(index + 1)
        if item is None:
            return
        question = question if isinstance(question, dict) else {}
        kind = self._type_words.get(str(question.get("type")), str(question.get("type")))
        prompt = " ".join(str(question.get("prompt") or self.tr("(no question yet)")).split())
        if len(prompt) > PROMPT_CHARS:
            prompt = prompt[: PROMPT_CHARS - 1] + "…"
        errors, warnings, first = self._problems.get(index, (0, 0, ""))
        # The prompt first: in a list a third of the window wide, twelve drafted questions
        # read « 2. Une seule bonne réponse — Selon l'… » alike (teacher12's walk-through).
        self._show(item, f"{index + 1}. {prompt} — {kind}", errors, warnings, first)

    def _show(
        self, item: QListWidgetItem, text: str, errors: int, warnings: int, first: str
    ) -> None:
        tip = text
        if errors:
            words = self.tr("%n problem(s)", "", errors)
            item.setIcon(self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            text = f"{text}\n{ERROR_MARK} {words}"
            tip = f"{text}: {first}"
        elif warnings:
            words = self.tr("%n suggestion(s)", "", warnings)
            item.setIcon(self._icon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            text, tip = (
                f"{text}\n{WARNING_MARK} {words}",
                f"{text}\n{WARNING_MARK} {words}: {first}",
            )
        else:
            item.setIcon(QIcon())
        if item.text() != text:
            item.setText(text)
        item.setToolTip(tip)

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        if which not in self._icons:
            self._icons[which] = self.style().standardIcon(which)
        return self._icons[which]

    def set_problems(self, problems: list[Any], questions: list[Any], title: str) -> None:
        """Count each question's problems (errors before warnings) and show them."""
        counts: dict[int | None, list[int]] = {}
        firsts: dict[int | None, str] = {}
        for problem in problems:
            where = problem.question
            entry = counts.setdefault(where, [0, 0])
            entry[1 if problem.warning else 0] += 1
            if where not in firsts or (not problem.warning and entry[0] == 1):
                firsts[where] = problem.message
        shown = self._problems
        self._problems = {
            k: (v[0], v[1], firsts[k]) for k, v in counts.items() if isinstance(k, int)
        }
        errors, warnings = counts.get(None, [0, 0])
        self._set_problems = (errors, warnings, firsts.get(None, ""))
        self.update_set_row(title)
        for index in _changed_rows(shown, self._problems, len(questions)):
            self.update_row(index, questions[index])

    def question_index(self) -> int | None:
        row = self.currentRow()
        return row - 1 if row > SET_ROW else None

    def select_question(self, index: int | None) -> None:
        self.setCurrentRow(SET_ROW if index is None else index + 1)
        self._keep_in_view()

    def _keep_in_view(self) -> None:
        """Scroll to the current row now and again after each batch of the layout: a row
        not laid out yet has no place to scroll to. (A row number, not an item: ``fill``
        deletes the items.)"""
        self._scroll_to = self.currentRow() if self.currentRow() >= 0 else None
        self.updateGeometries()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        item = None if self._scroll_to is None else self.item(self._scroll_to)
        if item is None:
            self._scroll_to = None
            return
        self.scrollToItem(item)
        last = self.item(self.count() - 1)
        if last is not None and self.visualItemRect(last).height() > 0:
            self._scroll_to = None  # every row has its place: the layout is done

    def dropEvent(self, event: QDropEvent) -> None:
        """A drag becomes a move command; the list is redrawn from the set afterwards."""
        source = self.currentRow()
        target_item = self.itemAt(event.position().toPoint())
        target = self.row(target_item) if target_item is not None else self.count() - 1
        event.ignore()  # the model moves the question; the rows are filled again from it
        if source > SET_ROW and target >= SET_ROW and source != target:
            self.moved.emit(source - 1, max(target - 1, 0))


def _changed_rows(
    shown: dict[int, tuple[int, int, str]], found: dict[int, tuple[int, int, str]], count: int
) -> list[int]:
    """The rows whose problems differ from what they show, in order.

    Each row already shows its question's text (kept up to date on each change) with the
    problems last counted, so after a check only these need redrawing, not a thousand rows
    on the GUI thread while the teacher types.
    """
    keys = {k for k in shown.keys() | found.keys() if 0 <= k < count}
    return sorted(k for k in keys if shown.get(k) != found.get(k))
