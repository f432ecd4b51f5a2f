"""The line above the draft review that says how far the teacher is: how many proposals she
accepted, dropped and has still to decide on, and how the true/false ones she accepted lean.

A teacher who aims at a twelve-question set counts down to it: "15 proposed — 12 accepted"
did not say that the three others were dropped or still waiting (teacher32, in the real
window). Dropping the false statements she liked least left her set with 4 true of 5, which
the editor only pointed out after she had added them; the line now says so while she can
still accept a false one instead. The bound is the editor's own
(item_checks.balance.true_false_leaning), so the review and the editor's suggestion agree.

A mixin of the dialog; its words are in their own translation context ("ReviewState"). They
have no plural forms: PySide's ``tr`` in a mixin looked plurals up in the dialog's context
and showed « 4 accepted » in French, so the counts come after a colon; the one plural, the
proposals withdrawn (by reason), is ``WithdrawnCount``'s.
"""

from __future__ import annotations

from collections.abc import KeysView
from typing import Any

from PySide6.QtCore import QObject, QTimer

from quizapp.draft.drafting.review import TOO_FEW_LEFT
from quizapp.draft.text.article_bound import word_count
from quizapp.sets.item_checks.balance import true_false_leaning
from quizapp.ui.spoken_notice import AFTER_A_DIALOG_MS

# A proposal's status in the review, one place for the dialog and this line (draft_review
# imports them from here: this module is the dialog's mixin and cannot import it back)
PROPOSED, ACCEPTED, DROPPED = "proposed", "accepted", "dropped"


def true_false_counts(drafts: list[dict[str, Any]], status: list[str]) -> tuple[int, int]:
    """(true, false): the right answers of the accepted true/false proposals."""
    answers = [
        bool(draft.get("answer"))
        for draft, state in zip(drafts, status, strict=True)
        if state == ACCEPTED and draft.get("type") == "true_false"
    ]
    return sum(answers), len(answers) - sum(answers)


class WithdrawnCount(QObject):
    """The counts' one plural, the proposals withdrawn, in a class of its own: a mixin's
    plural is looked up in the dialog's context (see above), and lupdate reads no plural in
    ``QCoreApplication.translate``."""

    def words(self, count: int) -> str:
        return self.tr("%n withdrawn by “not a claim”", "", count)

    def too_few(self, count: int) -> str:
        """Those withdrawn because too little is left without the passages not claims, as
        their rows say (counts48 counted them with the others: teacher49)."""
        return self.tr("%n withdrawn as too little is left", "", count)

    def reasons(self, why: list[str]) -> str:
        """Each reason's count, the passage's first: « 2 withdrawn by “not a claim”, 1
        withdrawn as too little is left »; one count when all have the same reason."""
        few = why.count(TOO_FEW_LEFT)
        parts = [self.words(len(why) - few)] if len(why) > few else []
        return ", ".join(parts + ([self.too_few(few)] if few else []))


class ReviewState:
    """Mixin of ``DraftReviewDialog``: it has ``_drafts``, ``_status``, ``_added``,
    ``_uncertain``, ``_withdrawn``, ``_state`` (the line), ``_add_button``, ``_notice`` (a
    SpokenNotice), ``_status_words`` and ``_valid``. A proposal's status is set here, and
    whether it is « to check » (review48: out of the dialog's file, past 300 lines)."""

    _drafts: list[dict[str, Any]]
    _status: list[str]
    _added: list[bool]
    _state: Any
    _add_button: Any
    _questions: Any
    _notice: Any
    _status_words: Any  # the dialog's: a proposal's status words, as its row shows them
    _uncertain: list[bool]
    _why_withdrawn: dict[int, str]
    _refresh_row: Any
    _valid: Any  # the dialog's: an edited proposal is accepted only as a question
    _analysis: Any  # the dialog's analysis, None until it is done
    _text: str  # the whole article, of which the drafter may read only the first words
    tr: Any
    isActiveWindow: Any

    @property
    def _withdrawn(self) -> KeysView[int]:
        """The proposals withdrawn: the rows ``_why_withdrawn`` gives a reason for (one
        state, not a set kept beside the reasons)."""
        return self._why_withdrawn.keys()

    def is_uncertain(self, row: int) -> bool:
        """The drafter is unsure of a finding this proposal rests on: the teacher checks it."""
        return 0 <= row < len(self._uncertain) and self._uncertain[row]

    def _set_status(self, row: int, status: str) -> bool:
        """Whether the proposal now has ``status``."""
        if status == ACCEPTED and 0 <= row < len(self._drafts) and not self._valid(row):
            return False
        if not 0 <= row < len(self._status) or row in self._withdrawn:
            return False
        self._status[row] = status
        self._refresh_row(row)
        self._update_state()
        return True

    def _to_check(self, row: int) -> bool:
        """Marked "to check": the drafter is unsure and she has not accepted it; once she
        has, it is hers (« ✔ Accepted · to check · edited » read as still to do, teacher32),
        and so is one already in her set (« to check · already added », ui36). One withdrawn
        cannot be accepted: « read that passage before accepting » was said on it (a11y48)."""
        decided = self._status[row] == ACCEPTED or self._added[row] or row in self._withdrawn
        return self.is_uncertain(row) and not decided

    def _update_state(self) -> None:
        accepted = self._status.count(ACCEPTED)
        self._add_button.setEnabled(accepted > 0)
        said = self._counts_words(accepted) + self._balance_words() + self._cut_words()
        self._state.setText(said)
        # The proposals list carries the counts too: where the keys are, they can be read
        self._questions.setAccessibleDescription(self._state.text())

    def _counts_words(self, accepted: int) -> str:
        """The counts as the list shows them: a withdrawn proposal (its passage not a claim,
        or too little left) is « ✘ Withdrawn », not dropped by her, so it is counted apart
        (a11y48: « dropped: 2 » after one D and one « Not a claim »)."""
        withdrawn = len(self._withdrawn)
        dropped = sum(
            state == DROPPED and row not in self._withdrawn
            for row, state in enumerate(self._status)
        )
        waiting = sum(
            state not in (ACCEPTED, DROPPED) and not added
            for state, added in zip(self._status, self._added, strict=True)
        )
        if not withdrawn:
            counts = self.tr("Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, "
                             "to decide: {waiting}")  # fmt: skip
        else:
            counts = self.tr("Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, "
                             "{withdrawn}, to decide: {waiting}")  # fmt: skip
        gone = WithdrawnCount().reasons(list(self._why_withdrawn.values())) if withdrawn else ""
        return counts.format(proposed=len(self._drafts), accepted=accepted, dropped=dropped,
                             withdrawn=gone, waiting=waiting)  # fmt: skip

    def _announce_decision(self, rows: list[int]) -> None:
        """Say a decision to a screen reader: the proposal's new status (when one), the counts,
        and the proposal now selected. A and D move the selection on, so the focus announced
        the next proposal and the decision itself went unheard (a11y43, read over AT-SPI);
        Orca 43 did not speak Qt's announcement either (a11y44): the notice says it, once the
        selection has moved, and as it cuts the next proposal's speech short it says that too.
        """
        said = [self._status_words(rows[0])] if len(rows) == 1 else []
        # after Accept all's box the window is given back a moment later, and Orca's speech
        # of it and of the focus cut the counts short (a11y45): said after them
        wait = 0 if self.isActiveWindow() else AFTER_A_DIALOG_MS
        QTimer.singleShot(wait, self._notice, lambda: self._say_decision(said, rows))

    def _say_decision(self, said: list[str], rows: list[int]) -> None:
        """Say ``said`` (the decided proposal's status), the counts and, when one decision
        moved the selection on, the proposal now selected. Run on the next turn of the event
        loop, not at once: the selection moves after the decision, and the notice's speech
        cuts short Orca's of the newly selected proposal, so the message carries that one."""
        row = self._questions.currentRow()
        moved = len(rows) == 1 and 0 <= row != rows[0]
        after = [self._questions.item(row).text()] if moved else []
        self._notice.say(" — ".join([*said, self._state.text(), *after]), self._questions)

    def _cut_words(self) -> str:
        """Said as long as the review is open: the article was longer than the drafter reads,
        and only its first words were drafted (``article_bound``, long55)."""
        drafted = word_count(self._analysis.text) if self._analysis is not None else 0
        words = word_count(self._text)
        if not drafted or drafted >= words:
            return ""
        return " · " + self.tr(
            "The article is too long to draft whole: only its first {drafted} words of "
            "{words} were drafted."
        ).format(drafted=drafted, words=words)

    def _balance_words(self) -> str:
        """How the accepted true/false answers split, and, when they lean too far one way,
        what a learner always giving the same answer would score."""
        true, false = true_false_counts(self._drafts, self._status)
        if not true + false:
            return ""
        words = " · " + self.tr("true or false accepted: {true} true, {false} false").format(
            true=true, false=false
        )
        side = true_false_leaning(true, false)
        if side is not None:
            yes, no = self.tr("true"), self.tr("false")
            many, few = (yes, no) if side else (no, yes)
            words += " " + self.tr(
                "(always answering “{many}” would score {count} of {total}: accept more "
                "“{few}” statements or drop some “{many}” ones)"
            ).format(many=many, few=few, count=max(true, false), total=true + false)
        return words
