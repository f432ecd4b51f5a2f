"""sanity26: the review's findings list names what the highlights show. A claim whose words a
statement holds (the later paragraphs of a quotation running over several) is neither
highlighted nor listed, and a teacher's label still goes to the finding she selected."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from tests.ui.review_helpers import open_review

ARTICLE = """Trust sorry for long waits

The Westby hospital trust has apologised to patients after waits rose this winter.

Mary Holt, director of care, said: "We are sorry to everyone who waited longer than they should.

"Our teams are working hard to see people sooner and we have opened a new ward.

"We expect waits to fall by the spring."

The trust runs two hospitals and employs 4,000 staff. Its board meets next month.
"""


pytestmark = pytest.mark.usefixtures("fresh_review")


def _dialog(qtbot: QtBot) -> DraftReviewDialog:
    return open_review(qtbot, ARTICLE, "en")


def test_a_claim_a_quotation_holds_is_not_listed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    analysis = dialog._analysis
    assert analysis is not None
    held = [c for c in analysis.unattributed if analysis.said_within(c.span)]
    assert held  # the quotation's later paragraphs, also read as claims
    lines = [dialog._findings.item(row).text() for row in range(dialog._findings.count())]
    assert dialog._findings.count() == len(analysis.attributions) + len(
        analysis.unattributed
    ) - len(held)
    assert not any(
        "Our teams are working hard" in line and "Mary Holt" not in line for line in lines
    )


def test_a_label_goes_to_the_selected_claim(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    analysis = dialog._analysis
    assert analysis is not None
    last = dialog._findings.count() - 1
    dialog._findings.setCurrentRow(last)
    assert "Its board meets next month" in dialog._findings.item(last).text()
    dialog._relabel_finding("author")
    claim = dialog._analysis.unattributed[-1]
    assert dialog._analysis.passage(claim.span).startswith("Its board meets")
    assert claim.label == "author"
    assert dialog._findings.item(last).text().startswith(f"[{dialog._labels['author']}")
