"""The proposal selected in the draft review: its correction form rebuilt, the findings it
rests on selected beside it, and the teacher's corrections written back to its row.

A mixin of the dialog (draft_review.py), apart from the dialog's decisions and words: it sets
no words. The form is rebuilt for every proposal selected (A, D, Up, Down), the one place a
screen reader was sent a flood of events, so the quiet rebuild (a11y45) and what must stay
outside it (mend45d) are read together here.
"""

from __future__ import annotations

from typing import Any

from quizapp.draft import Analysis
from quizapp.draft.drafting.edits import rests_on_quotation, source_label
from quizapp.draft.drafting.review import Part, put_back
from quizapp.ui.spoken_notice import quiet_for_readers


class SelectedProposal:
    """Mixin of ``DraftReviewDialog``: it has the proposals and their marks, the list, the form
    (``_preview``), the label names, ``_choices``, ``_order_tabs``, ``_follow_question`` and
    ``_refresh_row``."""

    _analysis: Analysis | None
    _drafts: list[dict[str, Any]]
    _drafted: list[dict[str, Any]]
    _edited: list[bool]
    _aside: dict[int, list[Part]]
    _dirty: bool
    _labels: dict[str, str]
    _questions: Any
    _preview: Any
    _choices: Any
    _order_tabs: Any
    _follow_question: Any
    _refresh_row: Any

    def _show_question(self, row: int, follow: bool = True) -> None:
        """The form of the proposal at ``row``, built quietly; the findings list then selects
        what it rests on, a widget outside the form whose change a reader is told (mend45d),
        unless the teacher is working in that list (``follow`` False: a proposal rebuilt by
        her « not a claim » moved her selection to another finding, teacher48)."""
        if 0 <= row < len(self._drafts) and self._analysis is not None:
            draft = self._drafts[row]
            source = source_label(draft, self._analysis)
            quoted = rests_on_quotation(draft, self._analysis)
            with quiet_for_readers(self._preview):  # one event, not 60 to 130 (a11y45)
                self._preview.show_draft(draft, self._labels, self._choices(), source, quoted)
                self._order_tabs()
            if follow:
                self._follow_question(draft)

    def _proposal_edited(self, draft: dict[str, Any]) -> None:
        """The teacher's correction replaces the proposal; « edited » while it differs from
        what was drafted (an edit undone with Ctrl+Z kept the mark, ui33b), the claims or
        pairs set aside for passages that are not claims counted in (teacher48)."""
        row = self._questions.currentRow()
        if 0 <= row < len(self._drafts):
            self._drafts[row], self._dirty = draft, True
            whole = put_back(draft, self._aside.get(row, []))  # its parts set aside back
            self._edited[row] = whole != self._drafted[row]
            self._refresh_row(row)
