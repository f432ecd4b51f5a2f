"""Draft from the article: the drafter's findings highlighted in the text, its proposed
questions in a list the teacher goes through. Nothing enters the set without an accept.

Each label has a colour, an underline style and a word (the legend and every line of the
findings list say it), so nothing rests on colour alone. Everything shown is plain text. The
analysis runs off the GUI thread; the list works from the keyboard (A accepts, D or Delete
drops, the buttons have mnemonics). The editor opens the dialog and, after ``exec()``,
adds ``accepted_questions()`` through its own undoable command.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)  # fmt: skip

from quizapp.draft import Analysis
from quizapp.draft.drafting.edits import (
    LOW_CONFIDENCE,
    confidences,
    skill_names,
)
from quizapp.draft.drafting.questions import as_models
from quizapp.draft.drafting.respeak import Correction
from quizapp.draft.drafting.review import (
    TOO_FEW_LEFT,
    LabelLike,
    Part,
    finalised,
    label_names,
    label_pairs,
)
from quizapp.model import Question
from quizapp.model.quizset import primary
from quizapp.ui.common import RetranslateOnLanguageChange
from quizapp.ui.draft.findings_side import FindingsSide
from quizapp.ui.draft.review_keys import ReviewKeys
from quizapp.ui.draft.review_layout import ReviewLayout
from quizapp.ui.draft.review_memory import ReviewMemory
from quizapp.ui.draft.review_progress import ReviewProgress
from quizapp.ui.draft.review_state import ACCEPTED, DROPPED, PROPOSED, ReviewState
from quizapp.ui.draft.selected_proposal import SelectedProposal
from quizapp.ui.draft.typed_run import TypedRun


class DraftReviewDialog(
    RetranslateOnLanguageChange,
    ReviewKeys,
    ReviewLayout,
    FindingsSide,
    SelectedProposal,
    ReviewMemory,
    ReviewState,
    ReviewProgress,
    QDialog,
):
    """Review the drafter's proposals for one article; ``accepted_questions`` after Accepted."""

    def __init__(
        self,
        article_text: str,
        language: str,
        headline: str | None,
        labels: Sequence[LabelLike] | None,
        parent: QWidget | None = None,
        in_set: Collection[tuple[str, str]] = (),
    ) -> None:
        """``in_set``: (id, type) of the set's questions, so that a proposal added on an
        earlier day is marked "already added" and left out of Accept all."""
        super().__init__(parent)
        self._text = article_text
        self._in_set = set(in_set)
        base = primary(language.replace("_", "-"))  # "fr-CH", "fr_CH" read as French
        self._language = base if base in ("fr", "en") else "en"
        self._labels = label_names(labels, self._language)
        given = {label_id for label_id, _ in label_pairs(labels)}
        self._label_ids = given or set(self._labels)
        self._empty_review()
        self._build_progress(self)
        self._build()
        self._retranslate()
        self._start_drafting(self, headline)  # followed by the bar; Cancel stops it (cancel56)
        self.resize(1100, 700)

    def _empty_review(self) -> None:
        """The review before the analysis: nothing proposed, decided, corrected or withdrawn
        yet (``_show`` fills the proposals, the review's memory replays her corrections)."""
        self._analysis: Analysis | None = None
        self._drafts: list[dict[str, Any]] = []
        self._status: list[str] = []
        self._uncertain: list[bool] = []
        self._edited: list[bool] = []
        self._added: list[bool] = []
        self._corrections: list[Correction] = []  # her labels, speakers, dismissals, in order
        # proposals withdrawn, and why: resting only on passages not claims, or rebuilt
        # without them with too little left (``_withdrawn`` is its rows)
        self._why_withdrawn: dict[int, str] = {}
        self._aside: dict[int, list[Part]] = {}  # their claims or pairs set aside
        self._decisions: list[list[tuple[int, str]]] = []  # what Ctrl+Z takes back
        self._typed = TypedRun()  # A and D alone decide, inside typed words not (teacher59)
        self._dirty = False

    # ----- public -----
    def is_ready(self) -> bool:
        return self._analysis is not None

    def accepted_questions(self) -> list[Question]:
        """The questions the teacher accepted, no longer marked as drafts."""
        chosen = [d for d, s in zip(self._drafts, self._status, strict=True) if s == ACCEPTED]
        return as_models([finalised(d) for d in chosen])

    def accepted_skill_names(self) -> dict[str, dict[str, str]]:
        """Names, in the set's language, of the skills the accepted questions are tagged with
        (the editor adds those the set does not name yet to its ``tags:``)."""
        tags = {tag for question in self.accepted_questions() for tag in question.tags}
        return skill_names(tags, self._language)

    def accept_all(self) -> None:
        """Accept every sure proposal not in the set yet; the uncertain ones only if the
        teacher confirms. One she dropped stays dropped: "Accept all" after dropping the bad
        ones took them back in (sanity25, the review dialog read offscreen). The counts are
        said after, even when nothing changed."""
        rows = [
            row
            for row in range(len(self._drafts))
            if not self._added[row] and self._status[row] != DROPPED
        ]
        uncertain = [row for row in rows if self._to_check(row)]
        with_uncertain = bool(uncertain) and self._confirm_uncertain(len(uncertain))
        if uncertain:  # the box closed: the keys back to the proposals (a11y45)
            self.activateWindow()
            self._questions.setFocus(Qt.FocusReason.OtherFocusReason)
        chosen = [row for row in rows if with_uncertain or not self._to_check(row)]
        if not self.decide_rows(chosen, ACCEPTED):
            self._announce_decision([])

    def _confirm_uncertain(self, count: int) -> bool:
        """Whether the uncertain proposals are accepted too. The box names both answers in
        its text, which Orca reads before the focused button: it said « … without checking
        them? No push button », never what the other button was (a11y45)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Accept all"), self.tr(
            "%n proposal(s) rest on findings the drafter is unsure of (marked “to check”). "
            "Accept them too, without checking them?", "", count), parent=self)  # fmt: skip
        too = box.addButton(self.tr("Accept them &too"), QMessageBox.ButtonRole.YesRole)
        sure = box.addButton(self.tr("&Only the sure ones"), QMessageBox.ButtonRole.NoRole)
        box.setInformativeText(self.tr("“Only the sure ones” leaves them to decide; “Accept "
                                       "them too” accepts them as well."))  # fmt: skip
        box.setDefaultButton(sure)
        box.setEscapeButton(sure)
        box.exec()
        return box.clickedButton() is too

    # ----- analysis (started, followed and stopped by ReviewProgress) -----
    def _show(self, outcome: tuple[Analysis, list[dict[str, Any]]]) -> None:
        self._analysis, self._drafts = self._restore(*outcome)
        self._status = [PROPOSED] * len(self._drafts)
        self._uncertain = [c < LOW_CONFIDENCE for c in confidences(self._drafts, self._analysis)]
        self._highlight()
        self._fill_findings()
        for row in range(len(self._drafts)):
            self._questions.addItem(QListWidgetItem())
            self._refresh_row(row)
        self._withdraw()  # her earlier « not a claim », replayed by the review's memory
        for button in self._review_buttons():
            button.setEnabled(bool(self._drafts))
        if self._drafts:
            self._questions.setCurrentRow(0)
            self._questions.setFocus()
        self._update_state()

    # ----- review -----
    def _valid(self, row: int) -> bool:
        """An edited proposal is accepted only as a question the set can hold."""
        try:
            as_models([finalised(self._drafts[row])])
        except ValueError:
            self._state.setText(self.tr("Question {number} cannot be accepted as it is: "
                                        "its question or an answer is missing.").format(
                number=row + 1))  # fmt: skip
            return False
        return True

    def _say_withdrawn(self, row: int) -> None:
        """Why A, D, Accept or Drop leave a withdrawn proposal as it is, and how to undo it."""
        if self._why_withdrawn.get(row) == TOO_FEW_LEFT:
            said = self.tr(
                "Question {number} is withdrawn: without the passages marked as not "
                "a claim, too little is left to ask. To bring it back, select one "
                "of those passages in the findings and press Delete (or Alt+N)."
            )
        else:
            said = self.tr(
                "Question {number} is withdrawn: the passage it rests on is "
                "marked as not a claim. To bring it back, select that "
                "passage in the findings and press Delete (or Alt+N)."
            )
        self._state.setText(said.format(number=row + 1))

    def _status_words(self, row: int) -> str:
        """A proposal's status and marks as the list shows them (« ✔ Accepted · edited »): the
        row's text and the decision said to a screen reader (ReviewState) both take them from
        here, so neither reads them back out of the other's translated text (mend44d)."""
        words = {PROPOSED: self.tr("Proposed"), ACCEPTED: self.tr("✔ Accepted"),
                 DROPPED: self.tr("✘ Dropped")}  # fmt: skip
        marks = [words[self._status[row]]]
        if self._why_withdrawn.get(row) == TOO_FEW_LEFT:
            marks = [self.tr("✘ Withdrawn: too little left without the passages not claims")]
        elif row in self._withdrawn:
            marks = [self.tr("✘ Withdrawn: its passage is not a claim")]
        elif self._aside.get(row):
            marks.append(self.tr("without %n passage(s) not a claim", "",
                                 len(self._aside[row])))  # fmt: skip
        if self._to_check(row):
            marks.append(self.tr("to check"))
        if self._edited[row]:
            marks.append(self.tr("edited"))
        if self._added[row]:
            marks.append(self.tr("already added"))
        return " · ".join(marks)

    def _refresh_row(self, row: int) -> None:
        draft = self._drafts[row]
        text = self.tr("{status} — {kind}: {prompt}").format(
            status=self._status_words(row), kind=self._type_name(draft["type"]),
            prompt=draft["prompt"],
        )  # fmt: skip
        item = self._questions.item(row)
        item.setText(text)
        why = self.tr("To check: the drafter is unsure of a finding this question rests on; "
                      "read that passage in the article before accepting.") if self._to_check(
            row) else ""  # fmt: skip
        item.setToolTip(why)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)

    def accept(self) -> None:
        """Add: the accepted questions go to the set, and the review is kept for next time."""
        self._keep(ACCEPTED)
        super().accept()

    def reject(self) -> None:
        """Cancel, Escape or closing: asks first when accepted or corrected work would go;
        a drafter still at work stops at its next step (cancel56)."""
        if self._work_to_lose(ACCEPTED) and not self._confirm_discard():
            self.activateWindow()  # « Keep reviewing »: her keys work again (ui45)
            return
        self._stop_drafting()
        super().reject()

    def _type_name(self, kind: str) -> str:
        """The kind's short name; the locate kind's is the editor's and the export report's,
        « Trouver le passage dans l'article » (the review said « Repérer », a second name for
        the same kind, and « Locate » in English; a11y49)."""
        locate = QCoreApplication.translate("QuestionTypes", "Find the passage in the article")
        names = {
            "classify": self.tr("Classify"), "single_choice": self.tr("Who said it"),
            "match": self.tr("Match"), "locate": locate,
            "true_false": self.tr("True or false"), "multiple_choice": self.tr("Multiple choice"),
        }  # fmt: skip
        return names.get(kind, kind)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Draft from the article"))
        self._article_title.setText(self.tr("Ar&ticle, findings highlighted"))
        self._findings_title.setText(self.tr("&Findings (label, cue, speaker)"))
        self._questions_title.setText(
            self.tr("Proposed &questions (A accepts, D drops, Ctrl+Z takes back)")
        )
        self._accept_button.setText(self.tr("A&ccept"))
        self._drop_button.setText(self.tr("D&rop"))
        self._accept_all_button.setText(self.tr("Accept a&ll"))
        self._drop_all_button.setText(self.tr("Dro&p all"))
        self._add_button.setText(self.tr("&Add accepted questions"))
        self._article.setAccessibleName(self.tr("Article"))
        self._article.setAccessibleDescription(self.tr(
            "Each finding is highlighted with its label's colour and line. The Findings "
            "list says each one in words; selecting one there selects its passage here."
        ))  # fmt: skip
        self._findings.setAccessibleName(self.tr("Findings"))
        self._questions.setAccessibleName(self.tr("Proposed questions"))
        self._preview.setAccessibleName(self.tr("Selected question, to correct"))
        self._legend.setAccessibleName(self.tr("Colours of the labels"))
        self._progress.setAccessibleName(self.tr("How far the drafter is"))
        self._finding_row.retranslate()
        self._speaker_row.retranslate()
        self._dismiss_button.retranslate()
        if self._analysis is None:
            self._state.setText(self.tr("Analysing the article…"))
        else:
            self._update_state()
            for row in range(len(self._drafts)):
                self._refresh_row(row)
