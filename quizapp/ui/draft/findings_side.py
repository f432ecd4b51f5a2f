"""The findings side of the draft review: the article's highlights, the list of findings,
following one in the text and the teacher's own label for it.

A mixin of the dialog so the review's behaviour (draft_review.py) and the findings' stay in
files of a readable size; it sets no words (those are the dialog's, in its context).
"""

from __future__ import annotations

from collections.abc import KeysView
from typing import Any

from PySide6.QtGui import QTextCursor

from quizapp.draft import Analysis
from quizapp.draft.drafting.edits import LOW_CONFIDENCE, confidence
from quizapp.draft.drafting.respeak import (
    LABEL,
    SPEAKER,
    Correction,
    corrected,
    names_no_one,
    speaker_choices,
)
from quizapp.draft.drafting.review import (
    TOO_FEW_LEFT,
    Part,
    dismissal,
    dismissed_findings,
    rebuilt,
)
from quizapp.ui.common import is_dark
from quizapp.ui.draft.draft_findings import (
    LABEL_COLOURS,
    finding_label,
    finding_lines,
    highlights,
    span_cursor,
)
from quizapp.ui.draft.review_state import DROPPED, PROPOSED


class FindingsSide:
    """Mixin of ``DraftReviewDialog``: it has the article view, the findings list and its label
    row, the analysis, the proposals with their marks, and ``_refresh_row`` / ``_show_question``."""

    _text: str
    _language: str
    _labels: dict[str, str]
    _label_ids: set[str]
    _analysis: Analysis | None
    _drafts: list[dict[str, Any]]
    _edited: list[bool]
    _corrections: list[Correction]
    _dirty: bool
    _uncertain: list[bool]
    _article: Any
    _findings: Any
    _finding_row: Any
    _speaker_row: Any
    _questions: Any
    _refresh_row: Any
    _show_question: Any
    _status: list[str]
    _withdrawn: KeysView[int]  # ReviewState's: the rows of _why_withdrawn
    _why_withdrawn: dict[int, str]
    _aside: dict[int, list[Part]]
    _dismiss_button: Any
    _update_state: Any
    _notice: Any
    _state: Any

    def _highlight(self) -> None:
        assert self._analysis is not None
        document = self._article.document()
        dark = is_dark(self)
        gone = self._dismissed()
        self._article.setExtraSelections(highlights(document, self._analysis, dark, gone))

    def _cursor(self, span: tuple[int, int]) -> QTextCursor:
        return span_cursor(self._article.document(), self._text, span)

    def _colour(self, label: str) -> str:
        return LABEL_COLOURS[label][1 if is_dark(self) else 0]

    def _fill_findings(self) -> None:
        assert self._analysis is not None
        lines = finding_lines(self._analysis, self._labels, self._language, self._dismissed())
        self._finding_spans = [span for _, span, _ in lines]
        self._finding_indexes = [index for _, _, index in lines]
        self._findings.addItems([line for line, _, _ in lines])
        self._finding_row.set_choices(self._choices(), self._labels)
        self._speaker_row.set_choices(speaker_choices(self._analysis))

    def _relabel_finding(self, label: str) -> None:
        """The teacher's label for a finding: its highlight, its line and every proposal
        built on it follow (those proposals are marked edited)."""
        row = self._findings.currentRow()
        if self._analysis is None or row < 0:
            return
        changed = self._correct(Correction(LABEL, self._finding_index(row), label))
        self._highlight()
        self._follow_correction(row, changed)

    def _respeak_finding(self, speaker: str) -> None:
        """The teacher's speaker for a statement: its line, its kind of source (as the
        drafter would classify the new speaker, unless she chose the kind herself) and
        every proposal built on it follow (who-said-this answer, match pair, true/false,
        explanation). A pronoun (« il ») is refused, said in the status line (mend57b)."""
        row = self._findings.currentRow()
        index = self._finding_index(row)
        if self._analysis is None or not 0 <= index < len(self._analysis.attributions):
            return
        if names_no_one(self._analysis, speaker):
            kept = self._analysis.attributions[index].speaker
            self._state.setText(self._speaker_row.refuse(speaker, kept))
            self._notice.say(self._state.text(), self._speaker_row.combo)
            return
        changed = self._correct(Correction(SPEAKER, index, speaker))
        self._highlight()
        self._finding_row.follow(finding_label(self._analysis, index))
        self._follow_correction(row, changed)

    def _correct(self, correction: Correction) -> list[int]:
        """One correction applied and kept after the others, in the order she makes them
        (the review's memory replays them in that order); the rows of the drafts changed."""
        assert self._analysis is not None
        at = (correction, self._corrections)
        self._analysis, self._drafts, changed = corrected(
            self._analysis, self._drafts, at, self._labels, self._label_ids
        )
        self._corrections.append(correction)
        return changed

    def _follow_correction(self, row: int, changed: list[int]) -> None:
        """Finding ``row`` and the proposals ``changed`` were corrected: show them anew."""
        assert self._analysis is not None
        self._dirty = True
        lines = finding_lines(self._analysis, self._labels, self._language, self._dismissed())
        self._findings.item(row).setText(lines[row][0])
        for changed_row in changed:
            self._edited[changed_row] = True
            self._uncertain[changed_row] = (
                confidence(self._drafts[changed_row], self._analysis) < LOW_CONFIDENCE
            )
            self._refresh_row(changed_row)
        if self._questions.currentRow() in changed:
            self._show_question(self._questions.currentRow())

    def _dismissed(self) -> set[int]:
        """The findings the teacher said are no claim (and has not taken back)."""
        return dismissed_findings(self._corrections)

    def _dismiss_finding(self) -> None:
        """« Not a claim » on the selected finding, or its taking back when it is dismissed:
        its highlight and line follow, and the proposals resting on it alone are withdrawn
        (or come back to decide); said to a screen reader, as a decision is."""
        row = self._findings.currentRow()
        index = self._finding_index(row)
        if self._analysis is None or index < 0:
            return
        self._correct(dismissal(index, self._dismissed()))
        self._highlight()
        self._follow_correction(row, [])
        moved, reshaped = self._withdraw()
        dismissed = index in self._dismissed()
        self._dismiss_button.follow(dismissed)
        said = self._dismiss_button.said(dismissed, *self._withdrawn_counts(moved, reshaped))
        self._state.setText(f"{said} {self._state.text()}")
        self._notice.say(self._state.text(), self._findings)

    def _withdrawn_counts(self, moved: list[int], reshaped: list[int]) -> tuple[int, int, int]:
        """Each proposal ``_withdraw`` moved or rebuilt counted once, as its row shows it:
        withdrawn (or back) for its passage alone, rebuilt and still shown, withdrawn for too
        little left (a classify withdrawn so is both moved and rebuilt)."""
        too_few = [row for row in moved if self._why_withdrawn.get(row) == TOO_FEW_LEFT]
        alone = len(moved) - len(too_few)
        rebuilt_rows = [row for row in reshaped if row not in moved and row not in self._withdrawn]
        return alone, len(rebuilt_rows), len(too_few)

    def _withdraw(self) -> tuple[list[int], list[int]]:
        """The proposals rebuilt for the findings dismissed now (teacher48): a classify or a
        match loses the claims or pairs resting only on them, which come back when the
        dismissal is taken back; withdrawn (« ✘ Withdrawn », never accepted) when nothing
        or too little is left, back to decide when it makes a question again; « to check »
        only while it still rests on a finding the drafter is unsure of (a match stayed « to
        check » for the dismissed banner it no longer held). The rows withdrawn or brought
        back, and the rows rebuilt."""
        assert self._analysis is not None
        now = rebuilt(self._analysis, self._drafts, self._aside, self._dismissed())
        moved = sorted(now.withdrawn.keys() ^ self._withdrawn)
        reshaped = [row for row, draft in enumerate(now.drafts) if draft != self._drafts[row]]
        self._drafts, self._aside = now.drafts, now.aside
        self._why_withdrawn = now.withdrawn
        for row in moved:
            self._status[row] = DROPPED if row in self._withdrawn else PROPOSED
        for row in reshaped:  # « to check » follows the findings it still rests on
            self._uncertain[row] = confidence(self._drafts[row], self._analysis) < LOW_CONFIDENCE
        for row in sorted({*moved, *reshaped}):
            self._refresh_row(row)
        if self._questions.currentRow() in reshaped:
            self._show_question(self._questions.currentRow(), follow=False)
        self._update_state()
        return moved, reshaped

    def _finding_index(self, row: int) -> int:
        """The finding a row of the list shows, by its place among the attributions and the
        claims (the list leaves out claims a statement's words hold)."""
        indexes = getattr(self, "_finding_indexes", [])
        return indexes[row] if 0 <= row < len(indexes) else -1

    def _choices(self) -> list[str]:
        """The set's label ids, in the legend's order."""
        ordered = [i for i in LABEL_COLOURS if i in self._label_ids]
        return ordered + sorted(self._label_ids - set(ordered))

    def _show_finding(self, row: int) -> None:
        """Move the caret to the finding and select it, so the reader and the eye follow."""
        if self._analysis is not None:
            index = self._finding_index(row)
            self._finding_row.follow(finding_label(self._analysis, index))
            said = self._analysis.attributions
            self._speaker_row.follow(said[index].speaker if 0 <= index < len(said) else None)
            self._dismiss_button.follow(index in self._dismissed() if index >= 0 else None)
        if 0 <= row < len(getattr(self, "_finding_spans", [])):
            self._article.setTextCursor(self._cursor(self._finding_spans[row]))
            self._article.ensureCursorVisible()

    def _follow_question(self, draft: dict[str, Any]) -> None:
        """The findings list selects (and scrolls to) the first finding the proposal rests on,
        without taking the focus from the list of proposals."""
        passages = list(draft.get("evidence", []))
        passages += [item.get("evidence", "") for item in draft.get("items", [])]
        for row, span in enumerate(getattr(self, "_finding_spans", [])):
            words = self._text[span[0] : span[1]]
            if words and any(words in passage for passage in passages):
                self._findings.setCurrentRow(row)
                self._findings.scrollToItem(self._findings.item(row))
                return
