"""The part of a question's form that its type needs: the options and how they score, the
true/false answer, the claims to classify, the pairs and extra choices, the passages to find.

Apart from the fields every question has (``question_form``): each type brings its own lists of
rows, and a new type adds a method here. The widgets belong to the form, and the strings keep
the form's translation context ("QuestionForm").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.new_questions import NO_LABEL
from quizapp.ui.common import plain_label
from quizapp.ui.editor.forms import row_kinds, rows
from quizapp.ui.editor.forms.bindings import Binder, DataPath


class TypeFields:
    """Lays out, in a question's form, the lists and choices of the question's type."""

    def __init__(
        self,
        binder: Binder,
        path: DataPath,
        form: QWidget,
        show_passage: Callable[[DataPath], None],
    ) -> None:
        self.binder, self.path, self.form = binder, path, form
        self.passages = row_kinds.passage_row(binder, show_passage)

    def add_to(self, layout: QVBoxLayout, kind: Any) -> None:
        if kind in ("single_choice", "multiple_choice"):
            self._choices(layout, kind)
        elif kind == "true_false":
            layout.addLayout(self._true_false_row())
        elif kind == "classify":
            self._claims(layout)
        elif kind == "match":
            self._pairs(layout)
        elif kind == "locate":
            title = QCoreApplication.translate(
                "QuestionForm", "Passages to find (select them in the article)"
            )
            add = QCoreApplication.translate("QuestionForm", "Add a pa&ssage to find")
            self.rows(layout, "answer", title, add, str, self.passages)

    def rows(
        self,
        layout: QVBoxLayout,
        key: str,
        title: str,
        add: str,
        blank: Callable[[], Any],
        make: rows.Row,
    ) -> rows.RowList:
        """A list of rows for the question's ``key``, added to ``layout``."""
        path = (*self.path, key)
        row_list = rows.RowList(self.binder, path, title, add, blank, make, self.form)
        layout.addWidget(row_list)
        return row_list

    def _choices(self, layout: QVBoxLayout, kind: str) -> None:
        if kind == "multiple_choice":
            layout.addLayout(self._scoring_row())
        make = row_kinds.option_row(self.binder, single=kind == "single_choice")
        self.rows(
            layout,
            "options",
            QCoreApplication.translate("QuestionForm", "Answers (tick the right ones)"),
            QCoreApplication.translate("QuestionForm", "Add an &answer"),
            lambda: {"text": ""},
            make,
        )

    def _claims(self, layout: QVBoxLayout) -> None:
        make = row_kinds.item_row(self.binder, self._labels(), self.passages)
        self.rows(
            layout,
            "items",
            QCoreApplication.translate("QuestionForm", "Claims to classify"),
            QCoreApplication.translate("QuestionForm", "Add a &claim"),
            lambda: {"claim": "", "label": NO_LABEL},  # chosen by the teacher, never guessed
            make,
        )

    def _pairs(self, layout: QVBoxLayout) -> None:
        self.rows(
            layout,
            "pairs",
            QCoreApplication.translate("QuestionForm", "Pairs"),
            QCoreApplication.translate("QuestionForm", "Add a p&air"),
            lambda: {"left": "", "right": ""},
            row_kinds.pair_row(self.binder),
        )
        extra = row_kinds.text_row(
            self.binder, QCoreApplication.translate("QuestionForm", "Extra wrong choice {0}")
        )
        self.rows(
            layout,
            "distractors",
            QCoreApplication.translate("QuestionForm", "Extra wrong choices (optional)"),
            QCoreApplication.translate("QuestionForm", "Add a wrong &choice"),
            str,
            extra,
        )

    def _scoring_row(self) -> QHBoxLayout:
        scoring = QComboBox(self.form)
        scoring.addItem(QCoreApplication.translate("QuestionForm", "Partial credit"), "partial")
        scoring.addItem(
            QCoreApplication.translate("QuestionForm", "All or nothing"), "all_or_nothing"
        )
        scoring.setAccessibleName(QCoreApplication.translate("QuestionForm", "Scoring"))
        self.binder.combo(scoring, (*self.path, "scoring"), default="partial")
        row = QHBoxLayout()
        row.addWidget(
            plain_label(QCoreApplication.translate("QuestionForm", "Scoring:"), self.form)
        )
        row.addWidget(scoring, 1)
        return row

    def _true_false_row(self) -> QHBoxLayout:
        """Two radio buttons side by side, "true" and "false": both always in view, so the
        answer reads at a glance, and a mouse wheel scrolling the form never changes it."""
        choice = QWidget(self.form)
        choice.setAccessibleName(QCoreApplication.translate("QuestionForm", "Right answer"))
        buttons = {
            True: QRadioButton(QCoreApplication.translate("QuestionForm", "true"), choice),
            False: QRadioButton(QCoreApplication.translate("QuestionForm", "false"), choice),
        }
        group, line = QButtonGroup(choice), QHBoxLayout(choice)
        line.setContentsMargins(0, 0, 0, 0)
        path = (*self.path, "answer")
        for value, button in buttons.items():
            group.addButton(button)
            button.setAccessibleName(button.text())
            line.addWidget(button)
            button.clicked.connect(lambda _=False, v=value: self.binder.choose(path, v))
        line.addStretch(1)
        choice.setFocusProxy(buttons[True])

        def write(value: Any) -> None:
            for answer, button in buttons.items():
                button.setChecked(value is answer)

        self.binder.register(choice, path, buttons[True].isChecked, write)
        row = QHBoxLayout()
        row.addWidget(
            plain_label(QCoreApplication.translate("QuestionForm", "The statement is:"), self.form)
        )
        row.addWidget(choice, 1)
        return row

    def _labels(self) -> list[tuple[str, str]]:
        labels = self.binder.draft.get(("labels",), [])
        pairs = [
            (str(lab.get("id", "")), str(lab.get("name") or lab.get("id", "")))
            for lab in labels
            if isinstance(lab, dict)
        ]
        return pairs or [("named", "named")]
