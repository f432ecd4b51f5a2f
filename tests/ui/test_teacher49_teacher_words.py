"""teacher49, a French teacher in the real window: words she or her screen reader met that
did not say what was so. The review's withdrawn count put the proposals withdrawn because
too little is left with those resting on the passage alone, though their rows say different
reasons; « Not a claim » on a passage no proposal rested on alone said « 0 question
proposée … est retirée »; the editor's « Advanced » fold was a check box to a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.draft.drafting.review import PASSAGE_GONE, TOO_FEW_LEFT
from quizapp.ui.draft.dismiss_button import DismissButton
from quizapp.ui.draft.review_state import WithdrawnCount
from quizapp.ui.editor.forms.advanced import Disclosure
from tests.ui.review_helpers import LIBRARY_CLOSURE, dismiss_by_delete, open_review

TEXT = LIBRARY_CLOSURE


pytestmark = pytest.mark.usefixtures("fresh_review")


def test_the_withdrawn_count_says_each_reason(qtbot: QtBot) -> None:
    """« Books not cuts » dismissed: proposals resting on it alone are withdrawn, and the
    classify, left with one claim, is withdrawn as too little is left; the counts say both."""
    dialog = open_review(qtbot, TEXT, language="en")
    dismiss_by_delete(qtbot, dialog, "Books not cuts")
    why = list(dialog._why_withdrawn.values())
    assert TOO_FEW_LEFT in why and PASSAGE_GONE in why  # the reasons differ
    gone, few = len(why) - why.count(TOO_FEW_LEFT), why.count(TOO_FEW_LEFT)
    counts = dialog._questions.accessibleDescription()
    assert f"{gone} withdrawn by “not a claim”, {few} withdrawn as too little is left" in counts
    assert counts in dialog._state.text()  # after what the dismissal did


@pytest.mark.usefixtures("in_french")
def test_the_reasons_in_french() -> None:
    said = WithdrawnCount().reasons([PASSAGE_GONE, PASSAGE_GONE, TOO_FEW_LEFT])
    assert said.replace("\xa0", " ") == (
        "2 retirées par « N’est pas une affirmation », 1 retirée car il en reste trop peu"
    )
    assert "trop peu" not in WithdrawnCount().reasons([PASSAGE_GONE])


def test_none_withdrawn_is_said_in_words(qtbot: QtBot) -> None:
    button = DismissButton()
    qtbot.addWidget(button)
    said = button.said(True, 0)
    assert said == "Not a claim: its highlight is gone; no proposed question rested on it alone."
    assert button.said(False, 0) == "Highlighted again."
    assert "1 proposed question" in button.said(True, 1)


@pytest.mark.usefixtures("in_french")
def test_none_withdrawn_in_french(qtbot: QtBot) -> None:
    button = DismissButton()
    qtbot.addWidget(button)
    said = button.said(True, 0).replace("\xa0", " ")
    assert "0 question" not in said
    assert said == (
        "Pas une affirmation : son surlignage a disparu ; aucune question proposée ne "
        "reposait que sur lui."
    )


def test_the_advanced_fold_is_a_button_that_says_whether_it_is_open(qtbot: QtBot) -> None:
    """Qt gives a checkable button the role of a check box: the fold is a plain button."""
    fold = Disclosure("Advanced: the set's name in the file", "The file names the set.")
    qtbot.addWidget(fold)
    fold.show()
    assert not fold.button.isCheckable()
    assert not fold.is_open() and fold.body.isHidden()
    assert fold.button.accessibleDescription() == "Folded away: press Space to show it."
    fold.button.setFocus()
    qtbot.keyClick(fold.button, Qt.Key.Key_Space)
    assert fold.is_open() and fold.body.isVisible()
    assert fold.button.accessibleDescription() == "Shown: press Space to fold it away."
    fold.button.click()
    assert not fold.is_open() and fold.body.isHidden()
