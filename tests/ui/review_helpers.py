"""Opening the review of drafted questions as the editor does, for the review dialog's tests:
on the seed article unless a test brings its own, shown, and waited for until the drafter's
findings and questions are in it (the drafter runs off the GUI thread)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.model import DEFAULT_LABELS, Label
from quizapp.ui.draft.draft_review import DraftReviewDialog

SEED = Path(__file__).resolve().parents[1] / "data" / "draft" / "fr-20min-stargate.txt"

# An English article with three named quotations, a placard's words and a vague group: the
# teacher walks of rounds 48 and 49 dismiss the placard « Books not cuts » as not a claim.
LIBRARY_CLOSURE = (
    "Northgate library will close in March\n\n"
    '"We cannot justify the cost," said councillor Martin Greaves. '
    '"It is the only quiet place for homework," said Sheila Okafor. '
    '"Nobody asked us," said Priya Nair. '
    'Protesters held placards reading "Books not cuts". '
    "Critics say the council let the building decline.\n"
)


def open_review(
    qtbot: QtBot,
    text: str | None = None,
    language: str = "fr",
    labels: Sequence[Label] = DEFAULT_LABELS,
    in_set: Collection[tuple[str, str]] = (),
) -> DraftReviewDialog:
    """The review dialog on ``text`` (the seed article when None), its first line as the
    headline, once the drafter's work is shown."""
    article = SEED.read_text(encoding="utf-8") if text is None else text
    headline = article.splitlines()[0]
    dialog = DraftReviewDialog(article, language, headline, list(labels), None, in_set=in_set)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_ready, timeout=10_000)
    return dialog


def dismiss_by_delete(qtbot: QtBot, dialog: DraftReviewDialog, words: str) -> None:
    """Mark the first finding whose row shows ``words`` as « not a claim », from the keyboard:
    its row made current in the findings list, the list focused, Delete pressed."""
    row = next(
        n for n in range(dialog._findings.count()) if words in dialog._findings.item(n).text()
    )
    dialog._findings.setCurrentRow(row)
    dialog._findings.setFocus()
    qtbot.keyClick(dialog._findings, Qt.Key.Key_Delete)
