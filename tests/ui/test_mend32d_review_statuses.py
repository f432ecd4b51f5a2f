"""A proposal's statuses are defined once (mend32d after review32 item 16): the review line
(ui/draft/review_state) and the dialog (ui/draft/draft_review) read the same names, so a
status renamed in one place cannot leave the other counting a word no proposal holds."""

from __future__ import annotations

import inspect

from quizapp.ui.draft import draft_review, review_state


def test_the_dialog_reads_the_statuses_of_the_review_line() -> None:
    statuses = (review_state.PROPOSED, review_state.ACCEPTED, review_state.DROPPED)
    assert statuses == (draft_review.PROPOSED, draft_review.ACCEPTED, draft_review.DROPPED)
    assert '"accepted"' not in inspect.getsource(draft_review)
