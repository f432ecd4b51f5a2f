"""The form of the set itself: title, id, language, description, authors, the kinds of source
(labels) classify questions use, and how the quiz runs (feedback, shuffling, pass mark)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import MISSING, SetValue, is_valid_id, slug_from
from quizapp.ui.common import plain_label, set_scaled_font
from quizapp.ui.editor.forms import rows
from quizapp.ui.editor.forms.advanced import Disclosure
from quizapp.ui.editor.forms.bindings import Binder, Placed
from quizapp.ui.editor.forms.label_rows import LabelCodes, labels_part
from quizapp.ui.editor.forms.set_language import language_commands, language_name

LANGUAGES = ("fr", "en", "de", "it", "es", "pt", "nl")


class SetForm(QWidget):
    """Edits the set's own fields; the id follows the title until the teacher changes it."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        heading = plain_label(self.tr("About this set"), self)
        set_scaled_font(heading, 1.2)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_names(form)
        self._add_description_and_authors(form)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        self.settings_heading = plain_label(self.tr("How the quiz runs"), self)
        set_scaled_font(self.settings_heading, 1.1)
        layout.addWidget(self.settings_heading)
        layout.addWidget(self._settings_part())
        self.labels = labels_part(binder, self)
        self.shape = len(rows.list_items(binder, ("labels",)))  # rows drawn: rebuilt on a change
        layout.addWidget(self.labels)
        layout.addWidget(self._id_part())
        layout.addStretch(1)

    def _add_names(self, form: QFormLayout) -> None:
        """Title, id (proposed from the title) and language: what names the set."""
        self.title = self._line(form, ("title",), self.tr("&Title:"), self.tr("Title"))
        self.title.editingFinished.connect(self.propose_id)
        self.language = QComboBox(self)
        self.language.setEditable(False)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Language of the set"))
        self.binder.combo(self.language, ("language",), commands=self._language_commands)
        form.addRow(self.tr("L&anguage:"), self.binder.field(self.language, self))

    def _language_commands(self, language: Any) -> list[SetValue]:
        """A language chosen: the kinds of source follow it while they are the defaults."""
        return language_commands(self.binder.draft.data, str(language))

    def _add_description_and_authors(self, form: QFormLayout) -> None:
        """What the set is about, and who wrote it (one line, names separated by commas)."""
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        self.description.setAccessibleName(self.tr("Description"))
        self.binder.text(self.description, ("description",), optional=True)
        form.addRow(self.tr("Desc&ription:"), self.binder.field(self.description, self))
        self.authors = QLineEdit(self)
        self.authors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.authors.setAccessibleName(self.tr("Authors"))
        self.binder.register(self.authors, ("authors",), self.authors.text, self._show_authors)
        self.authors.textEdited.connect(self._set_authors)
        self.authors.editingFinished.connect(self.binder.draft.close_merge)
        form.addRow(self.tr("A&uthors:"), self.binder.field(self.authors, self))

    def _line(self, form: QFormLayout, path: tuple, label: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        self.binder.line(edit, path)
        form.addRow(label, self.binder.field(edit, self))
        return edit

    def _id_part(self) -> Disclosure:
        """The set's id in the file, folded away: it follows the title by itself."""
        self.advanced = Disclosure(
            self.tr("Advanced: the set's name in the file"),
            self.tr(
                "The file names the set by this id, made from its title; results use it. "
                "There is no need to change it."
            ),
            self,
        )
        self.id_edit = self._line(self.advanced.form, ("id",), self.tr("&Id:"), self.tr("Set id"))
        self.id_edit.setToolTip(self.tr("Proposed from the title: lowercase words joined by '-'"))
        return self.advanced

    def propose_id(self) -> None:
        """An id from the title, while the id is empty or still the one proposed before."""
        title = str(self.binder.draft.get(("title",), ""))
        current = str(self.binder.draft.get(("id",), ""))
        proposal = slug_from(title)
        if (
            proposal
            and current != proposal
            and (not current or not is_valid_id(current) or self._was_proposed(current))
        ):
            self.binder.draft.apply(SetValue(("id",), proposal, text=self.tr("Set id")))

    def _was_proposed(self, current: str) -> bool:
        """Whether ``current`` is a shorter form of the title's slug (the title grew since)."""
        return slug_from(str(self.binder.draft.get(("title",), ""))).startswith(current)

    def _show_authors(self, value: Any) -> None:
        text = ", ".join(str(name) for name in value) if isinstance(value, list) else ""
        if self.authors.text() != text and not self.authors.hasFocus():
            self.authors.setText(text)

    def _set_authors(self, text: str) -> None:
        names = [name.strip() for name in text.split(",") if name.strip()]
        self.binder.apply(SetValue(("authors",), names or MISSING, merge=True))

    def _settings_part(self) -> QWidget:
        holder = QWidget(self)
        form = QFormLayout(holder)
        feedback = QComboBox(holder)
        feedback.addItem(self.tr("After each question"), "immediate")
        feedback.addItem(self.tr("At the end only (exam)"), "end")
        feedback.setAccessibleName(self.tr("When the learner sees feedback"))
        self.binder.combo(feedback, ("settings", "feedback"), default="immediate")
        form.addRow(self.tr("Feed&back:"), self.binder.field(feedback, holder))
        shuffle_questions = QCheckBox(self.tr("Questions in random order"), holder)
        self.binder.check(shuffle_questions, ("settings", "shuffle_questions"), default=False)
        form.addRow("", shuffle_questions)
        shuffle_options = QCheckBox(self.tr("Answers in random order"), holder)
        self.binder.check(shuffle_options, ("settings", "shuffle_options"), default=True)
        form.addRow("", shuffle_options)
        pass_mark = QDoubleSpinBox(holder)
        pass_mark.setRange(0, 100)
        pass_mark.setDecimals(0)
        pass_mark.setSuffix(" %")
        pass_mark.setAccessibleName(self.tr("Pass mark"))
        self.binder.number(pass_mark, ("settings", "pass_mark"), default=0.6, scale=100)
        form.addRow(self.tr("&Pass mark:"), self.binder.field(pass_mark, holder))
        return holder

    def still_fits(self) -> bool:
        """Whether the kinds of source drawn are as many as the set has: a kind added or
        removed redraws the form (its row was missing, or bound past the list's end)."""
        return self.shape == len(rows.list_items(self.binder, ("labels",)))

    def show_problems(self, problems: list[Any]) -> list[Placed]:
        self.advanced.flag(any(p.path == ("id",) and not p.warning for p in problems))
        codes = self.labels.findChild(LabelCodes)
        if codes is not None:
            codes.flag(any(_is_label_code(p.path) and not p.warning for p in problems))
        return self.binder.show_problems(problems)


def _is_label_code(path: tuple) -> bool:
    """A path to a kind of source's code, which « Advanced » folds away."""
    return len(path) == 3 and path[0] == "labels" and path[2] == "id"
