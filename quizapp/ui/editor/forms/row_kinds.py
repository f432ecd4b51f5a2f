"""What one row of each list in a question's form holds: a passage, an option, a claim to
classify, a pair, an extra choice. Each ``*_row`` returns the maker a ``RowList`` calls for
every item; every field is bound, so typing is undoable and problems show under the field.

Kept apart from ``RowList`` (``rows``), which only lays rows out and moves them: a new question
type adds a row kind here without touching the list. The strings keep the "EditorRows" context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import MISSING, Batch, SetValue
from quizapp.ui.editor.forms.bindings import Binder, DataPath
from quizapp.ui.editor.forms.notices import describe_field
from quizapp.ui.editor.forms.rows import Row, RowList, list_items


def passage_row(binder: Binder, on_show: Callable[[DataPath], None]) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        edit = QLineEdit(parent)
        edit.setAccessibleName(_passage_names(path, index)[0])
        binder.line(edit, path)
        show = QPushButton(QCoreApplication.translate("EditorRows", "Show"), parent)
        show.setAccessibleName(_passage_names(path, index)[1])
        show.clicked.connect(lambda: on_show(path))
        return [binder.field(edit, parent), show]

    return make


def _passage_names(path: DataPath, index: int) -> tuple[str, str]:
    """The spoken names of a passage's field and of its Show button. A claim's passage says
    its claim (« Passage 2 of claim 3 »): every claim's list starts at 1, so the number alone
    left the teacher, and a screen reader, unsure whose passage it was (ui44)."""
    claim = claim_number(path)
    if claim is None:
        field = QCoreApplication.translate("EditorRows", "Passage {0}")
        show = QCoreApplication.translate("EditorRows", "Show passage {0} in the article")
        return field.format(index + 1), show.format(index + 1)
    field = QCoreApplication.translate("EditorRows", "Passage {0} of claim {1}")
    show = QCoreApplication.translate("EditorRows", "Show passage {0} of claim {1} in the article")
    return field.format(index + 1, claim), show.format(index + 1, claim)


def claim_number(path: DataPath) -> int | None:
    """The number (from 1) of the claim whose passage ``path`` is, None for other passages."""
    if len(path) >= 4 and path[-2] == "evidence" and path[-4] == "items":
        item = path[-3]
        return item + 1 if isinstance(item, int) else None
    return None


def claim_heading(number: int, claim: str) -> str:
    """The title over a claim's passages: its number and first words, as the teacher reads
    the claim above it ("Where claim 2 is in the article: “Le maire a annoncé…”")."""
    words = claim.split()
    opening = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
    if not opening:
        title = QCoreApplication.translate("EditorRows", "Where claim {0} is in the article")
        return title.format(number)
    title = QCoreApplication.translate("EditorRows", "Where claim {0} is in the article: “{1}”")
    return title.format(number, opening)


def option_row(binder: Binder, single: bool) -> Row:
    """An option: whether it is correct, then its text with its feedback and pin below."""

    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        correct = _correct_box(binder, parent, path, index, single)
        return [correct, _option_column(binder, parent, path, index)]

    return make


def _correct_box(
    binder: Binder, parent: QWidget, path: DataPath, index: int, single: bool
) -> QCheckBox:
    correct = QCheckBox(QCoreApplication.translate("EditorRows", "Correct"), parent)
    correct.setAccessibleName(
        QCoreApplication.translate("EditorRows", "Option {0} is correct").format(index + 1)
    )
    if single:  # one right answer: ticking one unticks the others, in the same step
        binder.register(
            correct,
            (*path, "correct"),
            correct.isChecked,
            lambda value: correct.setChecked(value is True),
        )
        correct.clicked.connect(lambda on: _only_correct(binder, path, on))
    else:
        binder.check(correct, (*path, "correct"))
    return correct


def _option_column(binder: Binder, parent: QWidget, path: DataPath, index: int) -> QWidget:
    """The option's text, and under it its feedback and its "keep in place" box."""
    text = bound_line(
        binder,
        parent,
        (*path, "text"),
        QCoreApplication.translate("EditorRows", "Option text"),
        QCoreApplication.translate("EditorRows", "Option {0}").format(index + 1),
    )
    feedback = bound_line(
        binder,
        parent,
        (*path, "feedback"),
        QCoreApplication.translate("EditorRows", "Feedback when picked (optional)"),
        QCoreApplication.translate("EditorRows", "Feedback of option {0}").format(index + 1),
        optional=True,
    )
    pin = _pin_box(binder, parent, path, index)
    column = QWidget(parent)
    stacked = QVBoxLayout(column)
    stacked.setContentsMargins(0, 0, 0, 0)
    stacked.addWidget(binder.field(text, column))
    below = QHBoxLayout()
    below.addWidget(binder.field(feedback, column), 1)
    below.addWidget(pin)
    stacked.addLayout(below)
    return column


def _pin_box(binder: Binder, parent: QWidget, path: DataPath, index: int) -> QCheckBox:
    pin = QCheckBox(QCoreApplication.translate("EditorRows", "Keep in place"), parent)
    pin.setToolTip(
        QCoreApplication.translate(
            "EditorRows", "Stays at its place when options are shuffled (e.g. 'None of these')"
        )
    )
    pin.setAccessibleName(
        QCoreApplication.translate("EditorRows", "Option {0} keeps its place").format(index + 1)
    )
    binder.check(pin, (*path, "pin"))
    return pin


def _only_correct(binder: Binder, path: DataPath, on: bool) -> None:
    """This option right (or no longer right) and, when right, every other one not."""
    options_path, index = path[:-1], path[-1]
    changes = [SetValue((*path, "correct"), True if on else MISSING)]
    changes += [
        SetValue((*options_path, other, "correct"), MISSING)
        for other, option in enumerate(list_items(binder, options_path))
        if on and other != index and isinstance(option, dict) and option.get("correct")
    ]
    binder.draft.apply(
        Batch(changes, text=QCoreApplication.translate("EditorRows", "Correct answer"))
    )


def item_row(binder: Binder, labels: list[tuple[str, str]], passages: Row) -> Row:
    """A claim to classify: its words, its label, and optionally why and where it is."""

    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        fields = _claim_fields(binder, parent, path, index, labels)
        column = QWidget(parent)
        stacked = QVBoxLayout(column)
        stacked.setContentsMargins(0, 0, 0, 0)
        for field in fields:
            stacked.addWidget(binder.field(field, column))
        claim = fields[0]  # typed a line by ``_claim_fields``: no check needed at run time
        where = claim_heading(index + 1, claim.text())
        add = QCoreApplication.translate("EditorRows", "Add a passage")
        evidence = RowList(binder, (*path, "evidence"), where, add, str, passages, column)
        evidence.title.setWordWrap(True)  # a long claim's words must not widen the form
        spoken = QCoreApplication.translate("EditorRows", "Add a passage to claim {0}")
        evidence.add_button.setAccessibleName(spoken.format(index + 1))
        claim.textChanged.connect(  # the claim's words, as typed, title its passages
            lambda text: evidence.retitle(claim_heading(index + 1, text))
        )
        stacked.addWidget(evidence)
        return [column]

    return make


def _claim_fields(
    binder: Binder, parent: QWidget, path: DataPath, index: int, labels: list[tuple[str, str]]
) -> tuple[QLineEdit, QComboBox, QLineEdit]:
    """A claim's own fields, top to bottom: its words, its kind of source, why (optional)."""
    claim = bound_line(
        binder,
        parent,
        (*path, "claim"),
        QCoreApplication.translate(
            "EditorRows", "The claim, in the article's words or its neutral core"
        ),
        QCoreApplication.translate("EditorRows", "Claim {0}").format(index + 1),
    )
    label = _label_choice(binder, parent, path, index, labels)
    explanation = bound_line(
        binder,
        parent,
        (*path, "explanation"),
        QCoreApplication.translate("EditorRows", "Why (optional)"),
        QCoreApplication.translate("EditorRows", "Explanation of claim {0}").format(index + 1),
        optional=True,
    )
    return claim, label, explanation


def _label_choice(
    binder: Binder, parent: QWidget, path: DataPath, index: int, labels: list[tuple[str, str]]
) -> QComboBox:
    label = QComboBox(parent)
    label.setPlaceholderText(
        QCoreApplication.translate("EditorRows", "— choose its kind of source —")
    )
    for label_id, name in labels:
        label.addItem(name, label_id)
    spoken = QCoreApplication.translate("EditorRows", "Kind of source of claim {0}")
    label.setAccessibleName(spoken.format(index + 1))
    describe_field(label, [])  # heard with its name: Qt's AT-SPI bridge drops it (a11y43)
    binder.combo(label, (*path, "label"))
    return label


def bound_line(
    binder: Binder,
    parent: QWidget,
    path: DataPath,
    hint: str,
    spoken_name: str,
    optional: bool = False,
) -> QLineEdit:
    """A one-line field of a row bound to ``path``: its hint and its spoken name say what goes
    in it (the callers translate both, so that lupdate finds their words)."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(spoken_name)
    binder.line(edit, path, optional=optional)
    return edit


def pair_row(binder: Binder) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        left = bound_line(
            binder,
            parent,
            (*path, "left"),
            QCoreApplication.translate("EditorRows", "Quote or claim"),
            QCoreApplication.translate("EditorRows", "Left side of pair {0}").format(index + 1),
        )
        right = bound_line(
            binder,
            parent,
            (*path, "right"),
            QCoreApplication.translate("EditorRows", "Who said it / its source"),
            QCoreApplication.translate("EditorRows", "Right side of pair {0}").format(index + 1),
        )
        return [binder.field(left, parent), binder.field(right, parent)]

    return make


def text_row(binder: Binder, name: str) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name.format(index + 1))
        binder.line(edit, path)
        return [binder.field(edit, parent)]

    return make
