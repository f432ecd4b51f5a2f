"""ui36: a proposal already in the set no longer reads « à vérifier ».

Drafting again on her saved set, the teacher saw « Proposée · à vérifier · déjà ajoutée »:
« to check » read as work still to do on a question she had added, and checked, the day
before. As for one she accepts (teacher32), a question in the set is hers: the row says
« already added » without « to check », and carries no « to check » tooltip.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from quizapp.draft.drafting.review import finalised
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def test_an_added_proposal_is_not_marked_to_check(qtbot: QtBot) -> None:
    first = open_review(qtbot)
    row = next(r for r in range(len(first._drafts)) if first.is_uncertain(r))
    assert "to check" in first._questions.item(row).text()
    draft = finalised(first._drafts[row])
    dialog = open_review(qtbot, in_set={(draft["id"], draft["type"])})
    item = dialog._questions.item(row)
    assert "already added" in item.text()
    assert "to check" not in item.text() and item.toolTip() == ""
