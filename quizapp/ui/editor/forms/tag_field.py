"""The tags field of a question: skills typed as words, completed from the set's own.

A teacher types skill names separated by commas; on leaving the field the names become the
set's ids, and a name the set does not know yet joins its skills, in one undoable step. The
field shows words, never ids (teacher13: « attribution, anonymous-source » in a French
editor): the set's name for a skill, else the app's own words for the skills the drafter and
the built-in set use (``skill_words``, translated like the rest of the window), else the id.
Its strings keep the question form's translation context, where they have always been.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from quizapp.sets.editing.commands import MISSING, Batch, SetValue
from quizapp.sets.editing.tags import resolve_skills, skill_names
from quizapp.ui.editor.forms.bindings import Binder, DataPath

translate = QCoreApplication.translate


class TagEdit(QLineEdit):
    """Tags as words separated by commas, completed from the skills the set already uses."""

    def __init__(self, known: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._completer = QCompleter(self)
        self._completer.setModel(QStringListModel(sorted(known), self._completer))
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


def skill_words() -> dict[str, str]:
    """The app's words for the skills its drafter and built-in set tag questions with, for a
    set that gives them no name of its own (a set's own ``tags:`` names come first)."""
    return {
        "attribution": translate("SkillNames", "Attributing statements to their source"),
        "named-source": translate("SkillNames", "Recognising a named source"),
        "anonymous-source": translate("SkillNames", "Recognising an anonymous source"),
        "vague-source": translate("SkillNames", "Recognising a vague group"),
        "author-source": translate("SkillNames", "Recognising the outlet's own voice"),
        "fact-source": translate("SkillNames", "Recognising a plain fact"),
        "draft": translate("SkillNames", "Drafted question, to review"),
        "relay": translate("SkillNames", "Relayed statements"),
        "headline": translate("SkillNames", "Headlines and standfirst"),
        "figures": translate("SkillNames", "Figures"),
    }


def shown_skills(data: dict[str, Any]) -> dict[str, str]:
    """Every skill of the set (id -> the words the field shows for it)."""
    words = skill_words()
    return {
        tag: words.get(tag, tag) if name == tag else name for tag, name in skill_names(data).items()
    }


def tag_field(binder: Binder, path: DataPath, parent: QWidget) -> QWidget:
    """The tags field of the question whose tags are at ``path``, bound to the draft."""
    shown = shown_skills(binder.draft.data)
    tags = TagEdit(list(dict.fromkeys(shown.values())), parent)
    tags.setPlaceholderText(
        translate("QuestionForm", "skills, separated by commas (a new name is added)")
    )
    tags.setAccessibleName(translate("QuestionForm", "Tags"))
    binder.register(tags, path, tags.text, lambda value: _show_tags(tags, value, binder))
    tags.textEdited.connect(lambda text: _set_tags(binder, path, text))
    tags.editingFinished.connect(lambda: _name_skills(binder, path))
    return binder.field(tags, parent)


def _set_tags(binder: Binder, path: DataPath, text: str) -> None:
    """While she types: the words she has, a skill's words already as its id."""
    by_words = {words.casefold(): tag for tag, words in shown_skills(binder.draft.data).items()}
    words = [word.strip() for word in text.split(",") if word.strip()]
    words = [by_words.get(word.casefold(), word) for word in words]
    binder.apply(SetValue(path, words or MISSING, merge=True))


def _name_skills(binder: Binder, path: DataPath) -> None:
    """On leaving the field: names typed become ids; a new name joins the set's skills."""
    draft = binder.draft
    words = draft.get(path, [])
    typed = words if isinstance(words, list) else []
    ids, new = resolve_skills(typed, draft.data, skill_words())  # the app's words read back
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


def _show_tags(widget: QLineEdit, value: Any, binder: Binder) -> None:
    shown = shown_skills(binder.draft.data)
    words = [shown.get(str(tag), str(tag)) for tag in value] if isinstance(value, list) else []
    text = ", ".join(words)
    if widget.text() != text and not widget.hasFocus():
        widget.setText(text)
