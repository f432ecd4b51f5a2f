"""The kinds of source (the labels of classify questions) on the set's form, in a teacher's
words: the name the learner sees and what it means, each read whole; the code the questions
use folded away under « Advanced », as the set's own id is.

teacher47's walk: the « What it means » cells were one-line fields that cut the meaning
(« Une personne ou une c… »), and a third column showed English codes (named, anonymous…) to a
teacher who does not program. The meaning is now a text that wraps and grows with its words;
the code is proposed from the name of a kind she adds, so she never has to fill it in.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from quizapp.model import DEFAULT_LABELS
from quizapp.sets.editing.commands import MAX_SLUG, SetValue, is_valid_id, slug_from, unique_id
from quizapp.ui.editor.forms import rows
from quizapp.ui.editor.forms.advanced import Disclosure
from quizapp.ui.editor.forms.bindings import Binder, DataPath
from quizapp.ui.fitting_text import FittingTextEdit

translate = QCoreApplication.translate
PATH: DataPath = ("labels",)
PROVISIONAL = "kind-"  # the code of a kind just added, until it has a name
GIVEN_CODES = frozenset(label.id for label in DEFAULT_LABELS)  # a new set's kinds: kept


class FittingText(FittingTextEdit):
    """An editable plain text that wraps and whose height follows its words: a meaning is
    read whole, never cut at the field's edge. One paragraph: Enter adds no line."""

    def toPlainText(self) -> str:  # Qt's name: the binder reads it
        """The text with its no-break spaces (Qt's own turns them into spaces, and a French
        « … » lost them at the first key typed)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # one paragraph: the meaning wraps by itself
            return
        super().keyPressEvent(event)

    def least_height(self) -> int:
        """An empty field keeps a line and some room to click in, inside its frame."""
        return self.fontMetrics().lineSpacing() + 8 + 2 * self.frameWidth()


def labels_part(binder: Binder, parent: QWidget) -> QWidget:
    """The table of the kinds of source, then their codes folded away."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    names: list[QLineEdit] = []
    table = _kinds_table(binder, names, holder)
    # the codes after the rows: a kind just added takes the focus in its name, not its code
    codes = LabelCodes(binder, holder)
    for index, name in enumerate(names):
        name.textChanged.connect(lambda text, i=index: codes.rename(i, text))
    layout.addWidget(table)
    layout.addWidget(codes)
    return holder


def _kinds_table(binder: Binder, names: list[QLineEdit], parent: QWidget) -> rows.RowList:
    """One row per kind: the name the learner sees and what it means (``names`` collects the
    name fields, which the codes' titles follow)."""
    table = rows.RowList(
        binder,
        PATH,
        translate("SetForm", "Kinds of source (labels of classify questions)"),
        translate("SetForm", "Add a &kind of source"),
        lambda: {"id": _provisional_code(binder), "name": ""},
        _row_maker(binder, names),
        parent,
        headers=(
            translate("SetForm", "Name the learner sees"),
            translate("SetForm", "What it means"),
        ),
    )
    table.grid.setColumnStretch(0, 2)
    table.grid.setColumnStretch(1, 3)  # the meaning gets the most room: fewer lines
    return table


def _row_maker(binder: Binder, names: list[QLineEdit]) -> rows.Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        name = QLineEdit(parent)
        name.setPlaceholderText(translate("SetForm", "Name shown"))
        name.setAccessibleName(f"{translate('SetForm', 'Name shown')} ({index + 1})")
        binder.line(name, (*path, "name"))
        name.editingFinished.connect(lambda: propose_label_id(binder, index))
        names.append(name)
        meaning = FittingText(parent)
        meaning.setPlaceholderText(translate("SetForm", "What it means"))
        meaning.setAccessibleName(f"{translate('SetForm', 'What it means')} ({index + 1})")
        binder.text(meaning, (*path, "description"), optional=True)
        return [binder.field(name, parent), binder.field(meaning, parent)]

    return make


def _provisional_code(binder: Binder) -> str:
    """A valid code no kind has, for a kind just added: while she types its name, the
    strip under the form must not speak of a code she cannot see (it said « «  » cannot be
    an id » at the first letter). Her name replaces it when she leaves the field."""
    taken = {
        str(label.get("id")) for label in rows.list_items(binder, PATH) if isinstance(label, dict)
    }
    number = 1
    while f"{PROVISIONAL}{number}" in taken:
        number += 1
    return f"{PROVISIONAL}{number}"


def propose_label_id(binder: Binder, index: int) -> None:
    """The code of kind ``index`` from its name, while the code is empty or still the one
    proposed from a shorter name, and used by no other kind: a kind the teacher adds gets
    one without her seeing it (the provisional code given when she added it is replaced
    too). The five given kinds keep theirs (« named » is no slug of
    « Source nommée »), and so do the questions that use them."""
    labels = rows.list_items(binder, PATH)
    label = labels[index] if index < len(labels) else None
    if not isinstance(label, dict):
        return
    current = str(label.get("id") or "")
    proposal = slug_from(str(label.get("name") or ""))
    if not proposal or proposal == current or not _follows_the_name(current, proposal):
        return
    taken = {str(other.get("id")) for other in labels if isinstance(other, dict)} - {current}
    # through the draft, not the binder: the form is refreshed, so the code field under
    # « Advanced » shows the new code (it kept « kind-1 », review47)
    code = SetValue(
        (*PATH, index, "id"),
        unique_id(proposal, taken, limit=MAX_SLUG),
        text=translate("SetForm", "code"),
    )
    binder.draft.apply(code)


def _follows_the_name(current: str, proposal: str) -> bool:
    """Whether a code may still be replaced by one from the name: empty, not valid, the
    provisional one, or proposed from a shorter name (``proposal`` begins with it). A given
    kind's code never is: in English « named » begins « named-source », and Tab through
    « Named source » renamed the code the set's questions use (a11y48, Orca's tour)."""
    provisional = re.fullmatch(f"{PROVISIONAL}[0-9]+", current) is not None
    if current in GIVEN_CODES:
        return False
    return not current or not is_valid_id(current) or provisional or proposal.startswith(current)


class LabelCodes(Disclosure):
    """Each kind's code, under « Advanced »: questions name a kind by it in the file."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SetForm", "Advanced: the codes of the kinds of source"),
            translate(
                "SetForm",
                "Classify questions name each kind of source by its code, made from its name "
                "for a kind you add. There is no need to change it.",
            ),
            parent,
        )
        self.names: list[QLabel] = []
        self.edits: list[QLineEdit] = []
        for index, label in enumerate(rows.list_items(binder, PATH)):
            self._add_code(binder, index, label)

    def _add_code(self, binder: Binder, index: int, label: Any) -> None:
        name = str((label.get("name") if isinstance(label, dict) else "") or "")
        shown = QLabel(self._title_of(index, name), self)
        edit = QLineEdit(self)
        edit.setAccessibleName(self._code_name(index, name))
        binder.line(edit, (*PATH, index, "id"))
        shown.setBuddy(edit)
        self.names.append(shown)
        self.edits.append(edit)
        self.form.addRow(shown, binder.field(edit, self))

    @staticmethod
    def _title_of(index: int, name: str) -> str:
        name = name or translate("SetForm", "Kind of source {0}").format(index + 1)
        return translate("SetForm", "{0}:").format(name)

    @staticmethod
    def _code_name(index: int, name: str) -> str:
        """What a screen reader calls a code field: the code of which kind, by its name (it
        said « Code du type de source 6 » beside a label reading « Témoin anonyme : »)."""
        if not name:
            return translate("SetForm", "Code of kind of source {0}").format(index + 1)
        return translate("SetForm", "Code of the kind “{0}”").format(name)

    def rename(self, index: int, name: str) -> None:
        """The row's title and its field's name as the kind's name is typed (or undone)."""
        if index < len(self.names):
            self.names[index].setText(self._title_of(index, name))
            self.edits[index].setAccessibleName(self._code_name(index, name))
