"""The form of one question: the fields every question has and the part its type needs.

The form is rebuilt when the question's shape changes (a row added, the type changed) and
refreshed in place otherwise, so typing never loses the caret. Problems of the question that
belong to no single field (exactly one right option, at least two pairs...) come first in the
window's strip of remarks (``notices``), before those of its fields.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import QUESTION_TYPES
from quizapp.sets.editing.commands import MISSING, SetValue, question_ids, unique_id
from quizapp.sets.editing.new_questions import with_type
from quizapp.ui.editor.forms.advanced import Disclosure
from quizapp.ui.editor.forms.bindings import Binder, DataPath, Placed
from quizapp.ui.editor.forms.tag_field import tag_field
from quizapp.ui.editor.forms.type_fields import TypeFields

# the id a blank question gets: its type's name, and a number when taken ("match-2")
_BLANK_ID = r"(?:single-choice|multiple-choice|true-false|classify|match|locate)(?:-\d+)?"


def type_names(widget: QWidget) -> dict[str, str]:
    """The six types in words a teacher knows (the file's names stay in the file)."""
    translate = QCoreApplication.translate
    return {
        "single_choice": translate("QuestionTypes", "One right answer"),
        "multiple_choice": translate("QuestionTypes", "Several right answers"),
        "true_false": translate("QuestionTypes", "True or false"),
        "classify": translate("QuestionTypes", "Classify claims by source"),
        "match": translate("QuestionTypes", "Match pairs"),
        "locate": translate("QuestionTypes", "Find the passage in the article"),
    }


def shape(question: Any) -> tuple:
    """What the form's layout depends on: the type and how many rows each list has."""
    if not isinstance(question, dict):
        return ()
    sizes = []
    for key in ("options", "items", "pairs", "distractors", "answer", "evidence"):
        value = question.get(key)
        sizes.append(len(value) if isinstance(value, list) else int(isinstance(value, str)))
    items = question.get("items")
    if isinstance(items, list):
        sizes += [len(i.get("evidence") or []) if isinstance(i, dict) else 0 for i in items]
    return (question.get("type"), *sizes)


class QuestionForm(QWidget):
    """Edits question ``index`` of the draft bound by ``binder``."""

    try_requested = Signal()
    show_passage = Signal(object)  # the data path of a passage to show in the article
    image_requested = Signal()

    def __init__(self, binder: Binder, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder, self.index = binder, index
        self.path: DataPath = ("questions", index)
        self.question = binder.draft.get(self.path, {})
        self.shape = shape(self.question)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._common_fields(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.type_fields = TypeFields(binder, self.path, self, self.show_passage.emit)
        self.type_fields.add_to(layout, self.question.get("type"))
        self._closing_fields(layout)
        layout.addStretch(1)

    def _common_fields(self, form: QFormLayout) -> None:
        self.type_box = QComboBox(self)
        for name, words in type_names(self).items():
            self.type_box.addItem(words, name)
        self.type_box.setCurrentIndex(max(self.type_box.findData(self.question.get("type")), 0))
        self.type_box.activated.connect(self._change_type)
        self.type_box.setAccessibleName(self.tr("Kind of question"))
        form.addRow(self.tr("&Kind of question:"), self.type_box)
        self.prompt = self._text_box(3, self.tr("The question the learner reads"))
        self.binder.text(self.prompt, (*self.path, "prompt"))
        self.prompt.installEventFilter(self)
        self.prompt.setAccessibleName(self.tr("Question"))
        prompt_label = self.tr("Q&uestion:")
        if self.question.get("type") == "true_false":
            prompt_label = self.tr("&Statement to judge:")
        form.addRow(prompt_label, self.binder.field(self.prompt, self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.prompt and event.type() == QEvent.Type.FocusOut:
            self.binder.draft.close_merge()
            self.propose_id()
        return super().eventFilter(watched, event)

    def propose_id(self) -> None:
        """An id from the prompt while the id is still the one a blank question got."""
        question = self.binder.draft.get(self.path, {})
        current, prompt = str(question.get("id", "")), str(question.get("prompt", ""))
        if not prompt.strip() or not re.fullmatch(_BLANK_ID, current):
            return
        taken = question_ids(self.binder.draft.data) - {current}
        proposal = unique_id(prompt, taken)
        if proposal != current:
            self.binder.draft.apply(SetValue((*self.path, "id"), proposal, text=self.tr("Id")))

    def _text_box(self, lines: int, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        return box

    def _closing_fields(self, layout: QVBoxLayout) -> None:
        """Under the type's part: why (explanation, evidence), then rule, tags, points, image."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.explanation = self._text_box(3, self.tr("Shown after answering: why"))
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.binder.text(self.explanation, (*self.path, "explanation"), optional=True)
        form.addRow(self.tr("E&xplanation:"), self.binder.field(self.explanation, self))
        layout.addLayout(form)
        self.type_fields.rows(
            layout,
            "evidence",
            self.tr("Evidence in the article (select it there)"),
            self.tr("Add ev&idence"),
            str,
            self.type_fields.passages,
        )
        layout.addLayout(self._more_fields())
        layout.addWidget(self._id_part())
        layout.addLayout(self._try_button_row())

    def _more_fields(self) -> QFormLayout:
        more = QFormLayout()
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rule = QLineEdit(self)
        rule.setPlaceholderText(self.tr("The journalistic rule, e.g. AP: describe the source"))
        rule.setAccessibleName(self.tr("Rule"))
        self.binder.line(rule, (*self.path, "rule"), optional=True)
        more.addRow(self.tr("&Rule:"), self.binder.field(rule, self))
        more.addRow(self.tr("&Tags:"), tag_field(self.binder, (*self.path, "tags"), self))
        points = QDoubleSpinBox(self)
        points.setRange(0.5, 1000)
        points.setDecimals(1)
        points.setSingleStep(1)
        points.setAccessibleName(self.tr("Points"))
        self.binder.number(points, (*self.path, "points"), default=1)
        more.addRow(self.tr("&Points:"), self.binder.field(points, self))
        more.addRow(self.tr("I&mage:"), self._image_field())
        return more

    def _id_part(self) -> Disclosure:
        """The question's id in the file, folded away: quizapp makes it from the words."""
        self.advanced = Disclosure(
            self.tr("Advanced: the question's name in the file"),
            self.tr(
                "The file names each question by this id, made from its words; results use "
                "it. There is no need to change it."
            ),
            self,
        )
        self.id_edit = QLineEdit(self.advanced.body)
        self.id_edit.setAccessibleName(self.tr("Question id"))
        self.binder.line(self.id_edit, (*self.path, "id"))
        self.id_edit.setToolTip(self.tr("Lowercase words joined by '-'; unique in the set"))
        self.advanced.form.addRow(self.tr("&Id:"), self.binder.field(self.id_edit, self))
        return self.advanced

    def _try_button_row(self) -> QHBoxLayout:
        try_button = QPushButton(self.tr("Tr&y this question"), self)
        try_button.clicked.connect(self.try_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(try_button)
        return buttons

    def _image_field(self) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        shown = QLineEdit(holder)
        shown.setReadOnly(True)
        shown.setAccessibleName(self.tr("Image file"))
        self.binder.line(shown, (*self.path, "image"), optional=True)
        choose = QPushButton(self.tr("C&hoose…"), holder)
        choose.setAccessibleName(self.tr("Choose an image"))
        choose.clicked.connect(self.image_requested)
        remove = QPushButton(self.tr("No image"), holder)
        path = (*self.path, "image")
        remove.clicked.connect(lambda: self.binder.draft.apply(SetValue(path, MISSING)))
        row.addWidget(shown, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        return self.binder.field(holder, self, note_of=shown)

    def _change_type(self, index: int) -> None:
        """Another kind chosen. The form is rebuilt for it once the list's own key or click
        is over, never inside it: a list deleted in its own key event (Down on the closed
        list) took the whole app down in teacher10's walk-through."""
        draft, path, kind = self.binder.draft, self.path, self.type_box.itemData(index)
        text = self.tr("Kind of question")
        QTimer.singleShot(0, lambda: _set_type(draft, path, kind, text))

    def show_problems(self, problems: list[Any]) -> list[Placed]:
        """Fields with problems marked; every remark for the strip, the question's first."""
        # a remark on the whole question (placed at its id by the checks) is not the id's
        whole = [p for p in problems if p.path[-1:] == ("id",) and p.warning]
        self.advanced.flag(any(p.path[-1:] == ("id",) and not p.warning for p in problems))
        return [("", p) for p in whole] + self.binder.show_problems(
            [p for p in problems if p not in whole]
        )


def _set_type(draft: Any, path: DataPath, kind: str, text: str) -> None:
    """Question ``path`` becomes a question of ``kind`` (one undo step), if it still is there
    and of another kind."""
    question = draft.get(path, None)
    if isinstance(question, dict) and kind in QUESTION_TYPES and question.get("type") != kind:
        draft.apply(SetValue(path, with_type(draft.data, question, kind), text=text))
