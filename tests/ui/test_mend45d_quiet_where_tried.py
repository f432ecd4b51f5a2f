"""Round 45's review of a11y45: ``quiet_for_readers`` switches Qt's accessibility off and on,
a global switch its platform layer otherwise owns, and it was tried with Orca over AT-SPI only.
Elsewhere (Windows, macOS: untried with NVDA or VoiceOver) the correction form is built as
before, with readers told. And the findings list's selection, which follows the proposal
selected, is a widget outside the form: its change is made with readers told, everywhere,
or it was dropped and nothing said in its place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from quizapp.ui import spoken_notice
from quizapp.ui.draft.draft_review import DraftReviewDialog
from tests.ui.review_helpers import open_review


@pytest.fixture
def review(qtbot: QtBot) -> Iterator[DraftReviewDialog]:
    """The review on the seed article, Qt's accessibility on as when a reader listens."""
    dialog = open_review(qtbot)
    QAccessible.setActive(True)
    yield dialog
    QAccessible.setActive(False)


def told_while(dialog: DraftReviewDialog, name: str) -> list[bool]:
    """For each call of the dialog's ``name`` from now on, whether readers were told."""
    told: list[bool] = []
    original: Callable[..., Any] = getattr(dialog, name)

    def noting(*args: Any) -> Any:
        told.append(QAccessible.isActive())
        return original(*args)

    setattr(dialog, name, noting)
    return told


def test_off_atspi_the_form_is_built_with_readers_told(
    review: DraftReviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spoken_notice, "speaks_through_atspi", lambda: False)
    told = told_while(review._preview, "show_draft")
    review._questions.setCurrentRow(1)
    review._questions.setCurrentRow(2)
    assert told == [True, True]


def test_on_atspi_the_form_is_still_built_quietly(review: DraftReviewDialog) -> None:
    assert spoken_notice.speaks_through_atspi()  # the tests run on Linux
    told = told_while(review._preview, "show_draft")
    review._questions.setCurrentRow(1)
    assert told == [False] and QAccessible.isActive()


@pytest.mark.parametrize("atspi", [True, False])
def test_the_findings_follow_the_proposal_with_readers_told(
    review: DraftReviewDialog, monkeypatch: pytest.MonkeyPatch, atspi: bool
) -> None:
    monkeypatch.setattr(spoken_notice, "speaks_through_atspi", lambda: atspi)
    told = told_while(review, "_follow_question")
    review._questions.setCurrentRow(1)
    assert told == [True]
