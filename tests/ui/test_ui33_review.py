"""ui33: in the review, a who-said-it proposal shows the wrong options students will get
beside its right answer (teacher32 saw only the right one, the others inside the drop-down)."""

from __future__ import annotations

import pytest

from quizapp.ui.draft.review_memory import ReviewMemory, forget_all
from tests.ui.review_helpers import open_review


@pytest.fixture(autouse=True)
def _fresh_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """No memory of an earlier review, and closing at teardown asks nothing."""
    forget_all()
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: True)


def _who_said_it(dialog) -> int:
    return next(n for n, d in enumerate(dialog._drafts) if d["type"] == "single_choice")


def test_the_wrong_options_are_shown_and_follow_the_right_answer(qtbot) -> None:
    dialog = open_review(qtbot)
    row = _who_said_it(dialog)
    dialog._questions.setCurrentRow(row)
    form = dialog._preview
    texts = [o["text"] for o in dialog._drafts[row]["options"]]
    right = form.answer_combo.currentIndex()
    shown = form.wrong_options.text()
    assert form.wrong_options.isVisibleTo(form)
    assert texts[right] not in shown.splitlines()[0]
    assert all(text in shown for n, text in enumerate(texts) if n != right)
    assert form.wrong_options.accessibleName() == "Wrong options"
    other = (right + 1) % len(texts)
    form.answer_combo.setCurrentIndex(other)
    shown = form.wrong_options.text()
    assert texts[right] in shown and f"• {texts[other]}" not in shown.splitlines()
