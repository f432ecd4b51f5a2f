"""What the draft review keeps between two openings on the same article, and what it asks
before losing: the teacher's labels for findings, her corrected proposals, and which
proposals she already added, so drafting again shows her work, not the drafter's first guess.

A mixin of the dialog (it sets no words of its own but the question before discarding, in
the dialog's translation context). The memory lasts as long as the application runs.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QMessageBox

from quizapp.draft import Analysis
from quizapp.draft.drafting.respeak import Correction, replayed
from quizapp.draft.drafting.review import Part, finalised, put_back
from quizapp.ui.common import question_box


@dataclass
class Kept:
    """One article's review: her labels and speakers for findings in one list, in the order
    made (replayed in that order), corrected drafts by id, ids added."""

    corrections: list[Correction] = field(default_factory=list)
    corrected: dict[str, dict[str, Any]] = field(default_factory=dict)
    added: set[str] = field(default_factory=set)


_KEPT: dict[str, Kept] = {}


def article_key(text: str, language: str) -> str:
    return language + ":" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def forget_all() -> None:
    """Forget every article's review (tests start from nothing)."""
    _KEPT.clear()


class ReviewMemory:
    """Mixin of ``DraftReviewDialog``: restores and keeps the teacher's work on an article."""

    _text: str
    _language: str
    _labels: dict[str, str]
    _analysis: Analysis | None
    _drafts: list[dict[str, Any]]
    _status: list[str]
    _edited: list[bool]
    _drafted: list[dict[str, Any]]
    _added: list[bool]
    _label_ids: set[str]
    _corrections: list[Correction]
    _aside: dict[int, list[Part]]
    _dirty: bool
    _in_set: set[tuple[str, str]]
    tr: Any

    def _restore(self, analysis: Analysis, drafts: list[dict[str, Any]]) -> tuple[Analysis, list]:
        """The analysis and proposals with the teacher's earlier corrections applied."""
        kept = _KEPT.get(article_key(self._text, self._language), Kept())
        self._drafted = copy.deepcopy(drafts)  # what the drafter proposed: « edited » is apart
        self._corrections = list(kept.corrections)
        analysis, drafts, changed = replayed(
            analysis, drafts, self._corrections, self._labels, self._label_ids
        )
        edited = [row in changed for row in range(len(drafts))]
        for row, draft in enumerate(drafts):
            if draft["id"] in kept.corrected:
                drafts[row], edited[row] = kept.corrected[draft["id"]], True
        self._edited = edited
        self._added = [
            draft["id"] in kept.added or (finalised(draft)["id"], draft["type"]) in self._in_set
            for draft in drafts
        ]
        return analysis, drafts

    def _keep(self, accepted: str) -> None:
        """Remember this review (called when the teacher adds her accepted questions)."""
        kept = _KEPT.setdefault(article_key(self._text, self._language), Kept())
        kept.corrections = list(self._corrections)
        for row, (draft, edited, status) in enumerate(
            zip(self._drafts, self._edited, self._status, strict=True)
        ):
            if edited:  # whole: replaying her dismissals sets its parts aside again
                kept.corrected[draft["id"]] = put_back(draft, self._aside.get(row, []))
            if status == accepted:
                kept.added.add(draft["id"])

    def _work_to_lose(self, accepted: str) -> bool:
        """Accepted proposals, or corrections made since the dialog opened."""
        return accepted in self._status or self._dirty

    def _confirm_discard(self) -> bool:
        """Asked on Cancel or Escape with work to lose. The buttons say what they do: Qt's
        "Discard" and "Cancel" read « Ne pas tenir compte » and « Annuler » in French, and
        « Annuler » is also the button she pressed to close (teacher11 walk-through)."""
        box = question_box(
            self,  # type: ignore[arg-type]
            self.tr("Close the review"),
            self.tr("Your accepted questions and corrections will be lost. Close anyway?"),
        )
        close = box.addButton(self.tr("Close without keeping them"),
                              QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        box.setDefaultButton(box.addButton(self.tr("Keep reviewing"),
                                           QMessageBox.ButtonRole.RejectRole))  # fmt: skip
        box.exec()
        return box.clickedButton() is close
