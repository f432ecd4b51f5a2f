"""The tags field of a question: skills typed as words, completed from the set's own.

A teacher types skill names or ids separated by commas; on leaving the field the names become
the set's ids, and a name the set does not know yet joins its skills, in one undoable step.
Its strings keep the question form's translation context, where they have always been.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from quizapp.sets.editing.commands import MISSING, Batch, SetValue
from quizapp.sets.editing.tags import resolve_skills
from quizapp.ui.editor.forms.bindings import Binder, DataPath

translate = QCoreApplication.translate


class TagEdit(QLineEdit):
    """Tags as words separated by commas, completed from the tags the set already uses."""

    def __init__(self, known: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._completer = QCompleter(self)
        words = sorted({name or tag for tag, name in known} | {tag for tag, _ in known})
        self._completer.setModel(QStringListModel(words, self._completer))  # names and ids
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def _complete(self, text: str) -> None:
        word = text.split(",")[-1].strip()
        if word:
            self._completer.setCompletionPrefix(word)
            self._completer.complete()

    def _insert(self, tag: str) -> None:
        head = self.text().rsplit(",", 1)[0] + ", " if "," in self.text() else ""
        self.setText(head + tag)
        self.textEdited.emit(self.text())


def tag_field(binder: Binder, path: DataPath, parent: QWidget) -> QWidget:
    """The tags field of the question whose tags are at ``path``, bound to the draft."""
    known = known_tags(binder.draft.data)
    tags = TagEdit(known, parent)
    tags.setPlaceholderText(
        translate("QuestionForm", "skills, separated by commas (a new name is added)")
    )
    tags.setAccessibleName(translate("QuestionForm", "Tags"))
    binder.register(tags, path, tags.text, lambda value: _show_tags(tags, value))
    tags.textEdited.connect(lambda text: _set_tags(binder, path, text))
    tags.editingFinished.connect(lambda: _name_skills(binder, path))
    named = [f"{tag} ({name})" for tag, name in known if name and name != tag]
    if named:
        tags.setToolTip(translate("QuestionForm", "Tags of this set: {0}").format(", ".join(named)))
    return binder.field(tags, parent)


def known_tags(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Every tag the set uses or names, with its name ("" when it has none)."""
    named = data.get("tags") if isinstance(data.get("tags"), dict) else {}
    found = {
        tag: ""
        for q in data.get("questions", [])
        if isinstance(q, dict)
        for tag in q.get("tags") or []
        if isinstance(tag, str)
    }
    for tag, about in named.items():
        found[str(tag)] = str(about.get("name", "")) if isinstance(about, dict) else ""
    return sorted(found.items())


def _set_tags(binder: Binder, path: DataPath, text: str) -> None:
    words = [word.strip() for word in text.split(",") if word.strip()]
    binder.apply(SetValue(path, words or MISSING, merge=True))


def _name_skills(binder: Binder, path: DataPath) -> None:
    """On leaving the field: names typed become ids; a new name joins the set's skills."""
    draft = binder.draft
    words = draft.get(path, [])
    ids, new = resolve_skills(words if isinstance(words, list) else [], draft.data)
    draft.close_merge()
    if ids == words and not new:
        return
    named = draft.get(("tags",), {})
    named = dict(named) if isinstance(named, dict) else {}
    named.update({tag: {"name": name} for tag, name in new.items()})
    commands = [SetValue(path, ids or MISSING, merge=False)]
    if new:
        commands.append(SetValue(("tags",), named, merge=False))
    binder.apply(Batch(commands, text=translate("QuestionForm", "Skills")))


def _show_tags(widget: QLineEdit, value: Any) -> None:
    text = ", ".join(str(tag) for tag in value) if isinstance(value, list) else ""
    if widget.text() != text and not widget.hasFocus():
        widget.setText(text)
