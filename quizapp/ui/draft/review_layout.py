"""How the draft review dialog is laid out: the article with its legend and findings on the
left, the proposed questions, the review buttons and the form to correct one on the right.

Kept apart from the dialog's behaviour (draft_review.py) so each reads on its own; no words
are set here, the dialog's ``_retranslate`` names everything in its own translation context.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from quizapp.ui.common import plain_label
from quizapp.ui.draft.dismiss_button import DismissButton
from quizapp.ui.draft.draft_findings import LABEL_COLOURS, FindingLabelRow, FindingSpeakerRow
from quizapp.ui.draft.draft_proposal import ProposalForm
from quizapp.ui.draft.review_state import ACCEPTED, DROPPED
from quizapp.ui.marks_kept import marks_kept
from quizapp.ui.spoken_notice import SpokenNotice

# a frame the counts line shows only while it has the focus, the same width always drawn
# (transparent without the focus) so that nothing moves when it comes
_FOCUS_FRAME = (
    "QLabel { border: 1px solid transparent; }"
    " QLabel:focus { border: 1px solid palette(highlight); }"
)


class ReviewLayout:
    """Mixin of ``DraftReviewDialog`` (a QDialog): builds its widgets and their layout; the
    slots it connects (``accept_current``, ``_show_finding``…) are the dialog's."""

    _text: str
    _progress: QWidget
    _labels: dict[str, str]
    _colour: Any
    _show_finding: Any
    _relabel_finding: Any
    _respeak_finding: Any
    _dismiss_finding: Any
    _show_question: Any
    _proposal_edited: Any
    decide_current: Any
    accept_all: Any
    drop_all: Any
    accept: Any
    reject: Any

    def _build(self) -> None:
        """The dialog's widgets, part by part (each builder says what it makes), then laid
        out."""
        self._build_state_line()
        self._build_legend()
        self._build_article_side()
        self._build_proposals()
        self._build_buttons()
        self._lay_out()

    def _build_state_line(self) -> None:
        """The counts line and the notice that says it to a screen reader."""
        self._notice = SpokenNotice(self)  # what a screen reader says after A, D, Accept all
        self._state = plain_label("", self)
        # the counts line, reached by Shift+Tab from the proposals: the number accepted was
        # shown but out of the keyboard's reach (a11y43). By Tab only, with a frame when it
        # has the focus: a focus stop showing nothing, taken by a click too, was (mend43d)
        self._state.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._state.setStyleSheet(_FOCUS_FRAME)

    def _build_legend(self) -> None:
        """Each label's word on its colour, above the article."""
        self._legend = QWidget(self)
        legend_layout = QHBoxLayout(self._legend)
        legend_layout.setContentsMargins(0, 0, 0, 0)
        self._legend_words: dict[str, QLabel] = {}
        for label_id in LABEL_COLOURS:
            word = plain_label(self._labels[label_id], self._legend)
            word.setStyleSheet(f"background: {self._colour(label_id)}; padding: 2px 6px;")
            legend_layout.addWidget(word)
            self._legend_words[label_id] = word
        legend_layout.addStretch(1)

    def _build_article_side(self) -> None:
        """The article, its findings' list and the rows that relabel or respeak one."""
        self._article = QTextEdit(self)
        self._article.setReadOnly(True)
        self._article.setAcceptRichText(False)
        self._article.setPlainText(marks_kept(self._text))  # same length: spans stay right
        self._article.setTabChangesFocus(True)
        self._findings = QListWidget(self)
        self._findings.setWordWrap(True)
        self._findings.currentRowChanged.connect(self._show_finding)
        self._finding_row = FindingLabelRow(self)
        self._finding_row.chosen.connect(self._relabel_finding)
        self._speaker_row = FindingSpeakerRow(self)
        self._speaker_row.chosen.connect(self._respeak_finding)
        self._dismiss_button = DismissButton(self)
        self._dismiss_button.clicked.connect(self._dismiss_finding)
        self._findings.installEventFilter(self)  # Delete: « not a claim » (review_keys)

    def _build_proposals(self) -> None:
        """The proposals' list and the form that shows (and edits) the one selected."""
        self._questions = QListWidget(self)
        self._questions.setWordWrap(True)
        self._questions.currentRowChanged.connect(self._show_question)
        self._questions.installEventFilter(self)
        self._preview = ProposalForm(self)
        self._preview.edited.connect(self._proposal_edited)
        self._preview.rebuilt.connect(self._order_tabs)

    def _build_buttons(self) -> None:
        self._accept_button = QPushButton(self)
        self._drop_button = QPushButton(self)
        self._accept_all_button = QPushButton(self)
        self._drop_all_button = QPushButton(self)
        # the same path as the A and D keys: decide, then the next proposal
        self._accept_button.clicked.connect(lambda: self._decide_by_button(ACCEPTED))
        self._drop_button.clicked.connect(lambda: self._decide_by_button(DROPPED))
        self._accept_all_button.clicked.connect(self.accept_all)
        self._drop_all_button.clicked.connect(self.drop_all)
        self._box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._add_button = QPushButton(self)
        self._add_button.setEnabled(False)
        self._box.addButton(self._add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._plain_buttons()
        self._box.accepted.connect(self.accept)
        self._box.rejected.connect(self.reject)
        for button in self._review_buttons():
            button.setEnabled(False)

    def _plain_buttons(self) -> None:
        """No button is the dialog's default: Enter presses none from other widgets (ui33),
        so Add drawn with the default frame promised what Enter no longer does (ui33b). It
        takes that frame only while it has the focus, when Enter does press it."""
        cancel = self._box.button(QDialogButtonBox.StandardButton.Cancel)
        for button in (*self._review_buttons(), self._add_button, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._add_frame = _DefaultWhileFocused(self._add_button)

    def _decide_by_button(self, status: str) -> None:
        """Decide as the A and D keys do, then give the keyboard back to the proposals: Alt+C
        from the form left it on the Accept button, where A and D did nothing (ui33)."""
        self.decide_current(status)
        self._questions.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter reaches the dialog from a widget that does not use it (the proposals, a
        combo box of the form): it pressed « Add accepted questions », the default button,
        and the review closed with proposals left to decide (ui33). Enter on a proposal
        opens it in the form; Add takes Enter only when it has the focus (its own key)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()  # type: ignore[attr-defined]
            if isinstance(focused, QPushButton):  # no longer auto-default: its own key
                focused.click()
            elif self._questions.hasFocus() and hasattr(self._preview, "prompt_field"):
                self._open_question()
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        """The button box makes its first accept button the default as it is shown: Add
        plain again unless it has the focus."""
        super().showEvent(event)  # type: ignore[misc]
        self._add_button.setDefault(self._add_button.hasFocus())

    def _open_question(self) -> None:
        """Enter on a proposal: the cursor at the end of its question, where she goes on
        writing (at its start, ui33b)."""
        field = self._preview.prompt_field
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.moveCursor(QTextCursor.MoveOperation.End)

    def _review_buttons(self) -> list[QPushButton]:
        return [self._accept_button, self._drop_button, self._accept_all_button,
                self._drop_all_button]  # fmt: skip

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        self._article_title = plain_label("", left, bold=True)
        self._findings_title = plain_label("", left, bold=True)
        for widget in (self._article_title, self._legend, self._article, self._findings_title):
            left_layout.addWidget(widget)
        left_layout.addWidget(self._findings)
        left_layout.addWidget(self._finding_row)
        left_layout.addWidget(self._speaker_row)
        left_layout.addWidget(self._dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        self._questions_title = plain_label("", right, bold=True)
        row = QHBoxLayout()
        for button in self._review_buttons():
            row.addWidget(button)
        right_layout.addWidget(self._questions_title)
        right_layout.addWidget(self._questions, 2)
        right_layout.addLayout(row)
        right_layout.addWidget(self._preview, 3)  # the form to correct gets the most room
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self._state)
        layout.addWidget(self._progress)  # the drafter at work (review_progress, cancel56)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._box)
        self._article_title.setBuddy(self._article)
        self._findings_title.setBuddy(self._findings)
        self._questions_title.setBuddy(self._questions)

    def _order_tabs(self) -> None:
        """Tab goes from the proposals to the form correcting the selected one, then to the
        buttons deciding on it (called again whenever the form is rebuilt). A combo box's
        list is a window of its own (its popup): chaining it made Qt refuse the pair with a
        warning and left the combo box's neighbours unchained (teacher16)."""
        form = [
            w
            for w in self._preview.widget().findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden() and w.window() is self
        ]
        cancel = self._box.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [
            self._state,
            self._questions,
            *form,
            *self._review_buttons(),
            self._add_button,
            cancel,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


class _DefaultWhileFocused(QObject):
    """Draws a button with the default button's frame only while it has the focus."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPushButton) and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            watched.setDefault(event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(watched, event)
