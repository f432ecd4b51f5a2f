"""« Not a claim » in the draft review (teacher47: a wrongly highlighted passage could only be
given another kind of source): Delete in the findings list or Alt+N takes its highlight away
and withdraws the proposals resting on it alone; pressed again it takes that back; adding
keeps it for the next opening, cancelling forgets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_state import ACCEPTED, DROPPED, PROPOSED
from tests.ui.review_helpers import open_review

TEXT = (
    "La cantine passe au bio\n\n"
    "Le conseil municipal de Saint-Aubin a voté lundi le passage au bio de la cantine. "
    "« Nos enfants méritent de manger mieux », a déclaré le maire, Paul Durand. "
    "Le prix du repas passera de 3,10 € à 3,45 €.\n"
)


pytestmark = pytest.mark.usefixtures("fresh_review")


def _on_price(qtbot: QtBot) -> tuple[DraftReviewDialog, int, list[int]]:
    """The review with the price claim selected; its row and the proposals on it alone."""
    dialog = open_review(qtbot, TEXT)
    row = next(
        n for n in range(dialog._findings.count())
        if "Le prix du repas" in dialog._findings.item(n).text()
    )  # fmt: skip
    dialog._findings.setCurrentRow(row)
    on_it = [
        n for n, draft in enumerate(dialog._drafts)
        if draft.get("evidence") and all("Le prix" in e for e in draft["evidence"])
    ]  # fmt: skip
    assert on_it
    return dialog, row, on_it


def test_delete_in_the_findings_list_dismisses_the_selected_finding(qtbot: QtBot) -> None:
    dialog, row, on_it = _on_price(qtbot)
    lit = len(dialog._article.extraSelections())
    dialog._findings.setFocus()
    qtbot.keyClick(dialog._findings, Qt.Key.Key_Delete)
    assert len(dialog._article.extraSelections()) == lit - 1
    assert dialog._findings.item(row).text().startswith("[Not a claim]")
    for n in on_it:
        assert dialog._status[n] == DROPPED
        assert "Withdrawn" in dialog._questions.item(n).text()
    dialog.accept_all()
    assert all(dialog._status[n] == DROPPED for n in on_it)
    assert dialog.accepted_questions()
    assert dialog._dismiss_button.text() == "U&ndo “not a claim”"


def test_the_button_takes_it_back(qtbot: QtBot) -> None:
    dialog, row, on_it = _on_price(qtbot)
    lit = len(dialog._article.extraSelections())
    button = dialog._dismiss_button
    assert button.isEnabled() and button.accessibleName() == "Not a claim"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog._findings, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    # a mnemonic animates the click: it comes a moment later
    qtbot.waitUntil(lambda: len(dialog._article.extraSelections()) == lit - 1)
    dialog.decide_rows(on_it, ACCEPTED)  # a withdrawn proposal cannot be accepted
    assert all(dialog._status[n] == DROPPED for n in on_it)
    qtbot.keyClick(dialog._findings, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(dialog._article.extraSelections()) == lit)
    assert not dialog._findings.item(row).text().startswith("[Not a claim]")
    assert all(dialog._status[n] == PROPOSED for n in on_it)
    assert button.accessibleName() == "Not a claim"


def test_adding_keeps_the_dismissal_and_cancelling_forgets_it(qtbot: QtBot) -> None:
    dialog, _, _ = _on_price(qtbot)
    dialog._dismiss_button.click()
    dialog.reject()
    dialog, row, on_it = _on_price(qtbot)
    assert not dialog._findings.item(row).text().startswith("[Not a claim]")
    dialog._dismiss_button.click()
    dialog.accept()
    dialog, row, on_it = _on_price(qtbot)
    assert dialog._findings.item(row).text().startswith("[Not a claim]")
    assert all(dialog._status[n] == DROPPED for n in on_it)
    assert dialog._dismiss_button.text() == "U&ndo “not a claim”"


def test_no_finding_selected_leaves_the_button_off(qtbot: QtBot) -> None:
    dialog = open_review(qtbot, TEXT)
    dialog._findings.setCurrentRow(-1)
    assert not dialog._dismiss_button.isEnabled()
    assert dialog._dismiss_button.toolTip()


def test_a_and_d_on_a_withdrawn_proposal_say_why_and_how_to_undo(qtbot: QtBot) -> None:
    """A (or D, or the buttons) on a withdrawn proposal changed nothing and said nothing
    (dismiss47 left it so): the review's status line now says why, and how to bring it back;
    the selection stays on it."""
    dialog, _, on_it = _on_price(qtbot)
    dialog._dismiss_button.click()
    dialog._questions.setCurrentRow(on_it[0])
    dialog._questions.setFocus()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    said = dialog._state.text()
    assert said.startswith(f"Question {on_it[0] + 1} is withdrawn")
    assert "press Delete" in said
    assert dialog._status[on_it[0]] == DROPPED
    assert dialog._questions.currentRow() == on_it[0]


def test_why_a_withdrawn_proposal_stays_is_said_to_a_screen_reader(qtbot: QtBot) -> None:
    """The status line alone was never spoken (a11y48, over AT-SPI and with Orca 43): the
    spoken notice says the same words, as it says the review's other decisions."""
    dialog, _, on_it = _on_price(qtbot)
    dialog._dismiss_button.click()
    dialog._questions.setCurrentRow(on_it[0])
    dialog._questions.setFocus()
    qtbot.keyClick(dialog._questions, Qt.Key.Key_D)
    assert dialog._notice.accessibleName() == dialog._state.text()
    assert dialog._notice.text().startswith(f"Question {on_it[0] + 1} is withdrawn")


def test_a_withdrawn_proposal_is_not_said_to_be_checked_before_accepting(qtbot: QtBot) -> None:
    """Orca read « ✘ Withdrawn … · to check » and « read that passage in the article before
    accepting » on a proposal that cannot be accepted (a11y48); the mark comes back with it."""
    dialog = open_review(qtbot, SHOPKEEPERS, "en")
    row = next(n for n in range(dialog._findings.count())
               if "shopkeepers" in dialog._findings.item(n).text())  # fmt: skip
    marked = {n for n in range(len(dialog._drafts)) if dialog._to_check(n)}
    dialog._findings.setCurrentRow(row)
    dialog._dismiss_button.click()
    assert marked & dialog._withdrawn  # a proposal to check, withdrawn
    for n in dialog._withdrawn:
        item = dialog._questions.item(n)
        assert "Withdrawn" in item.text() and "to check" not in item.text()
        assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == ""
    dialog._dismiss_button.click()
    assert {n for n in range(len(dialog._drafts)) if dialog._to_check(n)} == marked


SHOPKEEPERS = (
    "Council approves new bike lane\n\n"
    "The city council voted on Tuesday to build a bike lane on Lake Avenue.\n\n"
    "Some shopkeepers say they fear losing customers.\n"
)
