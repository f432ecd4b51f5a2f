"""The teacher corrects who said a finding in the draft review (teacher10 walk-through: « They
said she mismanaged the funds » was given to the governor, and the review let her change only
the kind of source): the proposals on that statement follow, from the keyboard too, and no Alt
letter of the dialog has two owners, in English or in French."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.respeak import respoken
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.shell import i18n
from tests.ui.review_helpers import SEED, open_review

WRONG = "Un autre républicain proche de la Maison-Blanche"


pytestmark = pytest.mark.usefixtures("fresh_review")


def _dialog(qtbot: QtBot) -> DraftReviewDialog:
    return open_review(qtbot)


def _abused(analysis) -> int:
    """The finding « le personnel du président est « furieux »… », one of the statements of
    WRONG that a who-said-this asks. « Il a clairement abusé… », his other one, was until
    prompts49: words opening on « Il » ask of nobody out of the article, and rest on a
    true/false statement that names him instead."""
    for index, found in enumerate(analysis.attributions):
        if analysis.passage(found.content).startswith("le personnel du président est"):
            assert found.speaker == WRONG
            return index
    raise AssertionError("finding not drafted")


def _on(draft: dict, analysis, index: int) -> bool:
    passage = analysis.passage(analysis.attributions[index].content)
    return any(passage in evidence for evidence in draft.get("evidence", []))


def test_every_proposal_on_a_statement_follows_its_new_speaker() -> None:
    analysis = analyze(SEED.read_text(encoding="utf-8"), "fr")
    drafts = draft_questions(analysis)
    index = _abused(analysis)
    after, fixed, changed = respoken(analysis, index, "Un  conseiller anonyme ", drafts)
    assert after.attributions[index].speaker == "Un conseiller anonyme"
    who = [
        n for n, d in enumerate(drafts) if d["type"] == "single_choice" and _on(d, analysis, index)
    ]
    assert who and set(who) <= set(changed)
    right = [o["text"] for o in fixed[who[0]]["options"] if o.get("correct")]
    assert right == ["Un conseiller anonyme"]
    assert "un conseiller anonyme" in fixed[who[0]]["explanation"].lower()
    assert f"({WRONG.lower()})" not in fixed[who[0]]["explanation"].lower()  # its cue quotes it
    for number, (old, new) in enumerate(zip(drafts, fixed, strict=True)):  # the others stay
        assert number in changed or old == new
    # a speaker already among the wrong answers becomes the right one; the old stays wrong
    texts = [o["text"] for o in drafts[who[0]]["options"]]
    other = next(t for t in texts if t != WRONG)
    _, fixed, _ = respoken(analysis, index, other, drafts)
    options = fixed[who[0]]["options"]
    assert [o["text"] for o in options] == texts
    assert [o["text"] for o in options if o.get("correct")] == [other]
    # nothing for an empty name, the same speaker, or a claim with no source
    for name, at in (("  ", index), (WRONG, index), ("X", len(analysis.attributions))):
        assert respoken(analysis, at, name, drafts) == (analysis, drafts, [])


def test_the_teacher_types_the_right_speaker_in_the_review(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog._analysis is not None
    index = _abused(dialog._analysis)
    rows = [n for n, d in enumerate(dialog._drafts) if d["type"] == "single_choice"]
    row = next(n for n in rows if _on(dialog._drafts[n], dialog._analysis, index))
    speaker_row = dialog._speaker_row
    dialog._findings.setCurrentRow(len(dialog._analysis.attributions))  # a claim: nobody said it
    assert not speaker_row.isEnabled()
    dialog._findings.setCurrentRow(index)
    assert speaker_row.isEnabled() and speaker_row.combo.currentText() == WRONG
    assert "Elon Musk" in [speaker_row.combo.itemText(i) for i in range(speaker_row.combo.count())]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog._findings, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() in (speaker_row.combo, speaker_row.combo.lineEdit())
    speaker_row.combo.lineEdit().selectAll()
    qtbot.keyClicks(speaker_row.combo.lineEdit(), "Un conseiller anonyme")
    qtbot.keyClick(speaker_row.combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter chose the speaker, it did not close the dialog
    assert dialog._analysis.attributions[index].speaker == "Un conseiller anonyme"
    assert "Un conseiller anonyme" in dialog._findings.item(index).text()
    right = [o["text"] for o in dialog._drafts[row]["options"] if o.get("correct")]
    assert right == ["Un conseiller anonyme"] and dialog._edited[row]


def test_enter_in_the_speaker_never_adds_the_accepted_questions(qtbot: QtBot) -> None:
    """teacher15: with proposals accepted, « Add accepted questions » is the default button;
    Enter after a typed name pressed it too, and the review closed on the old speaker."""
    dialog = _dialog(qtbot)
    assert dialog._analysis is not None
    index = _abused(dialog._analysis)
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    assert dialog._add_button.isEnabled()
    dialog._findings.setCurrentRow(index)
    line = dialog._speaker_row.combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Un conseiller anonyme")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog._analysis.attributions[index].speaker == "Un conseiller anonyme"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_alt_letter_of_the_review_has_one_owner(qtbot: QtBot, language: str) -> None:
    i18n.install_language(language)
    try:
        dialog = _dialog(qtbot)
        dialog._questions.setCurrentRow(0)
        owners: dict[str, list[str]] = defaultdict(list)
        texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.buddy()]
        for text in texts:
            plain = text.replace("&&", "")
            at = plain.find("&")
            if 0 <= at < len(plain) - 1:
                owners[plain[at + 1].casefold()].append(text)
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}
        assert any(
            "&" in w.text()
            for w in dialog.findChildren(QLabel)
            if w.buddy() is dialog._speaker_row.combo
        )
    finally:
        i18n.install_language("en")


def test_enter_on_the_speaker_box_itself_never_adds_the_accepted_questions(qtbot: QtBot) -> None:
    """teacher16, in the real window: the keyboard focus is the combo box, which hands Enter
    to its line straight (past the line's event filter), then lets it go on to the dialog:
    the name was chosen and the review closed, « Add accepted questions » pressed."""
    dialog = _dialog(qtbot)
    assert dialog._analysis is not None
    index = _abused(dialog._analysis)
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    dialog._findings.setCurrentRow(index)
    combo = dialog._speaker_row.combo
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo, "Un conseiller anonyme")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog._analysis.attributions[index].speaker == "Un conseiller anonyme"
