"""The review dialog of drafted questions: findings highlighted with a colour and a word per
label, questions accepted or dropped one by one or all at once, from the keyboard too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.model import DEFAULT_LABELS, Label
from quizapp.ui.draft.draft_findings import LABEL_COLOURS
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import ReviewMemory
from tests.ui.review_helpers import SEED, open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _dialog(qtbot: QtBot, labels=DEFAULT_LABELS) -> DraftReviewDialog:
    return open_review(qtbot, labels=labels)


def test_findings_are_highlighted_with_a_colour_and_listed_with_a_word(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    selections = dialog._article.extraSelections()
    colours = {s.format.background().color().name() for s in selections}
    assert len(selections) > 10
    assert colours <= {light for light, _ in LABEL_COLOURS.values()}
    assert len(colours) >= 4
    lines = [dialog._findings.item(row).text() for row in range(dialog._findings.count())]
    assert any(line.startswith("[Anonymous source]") and "Politico" not in line for line in lines)
    assert {w.text() for w in dialog._legend_words.values()} >= {"Named source", "Vague group"}
    dialog._findings.setCurrentRow(1)
    assert dialog._article.textCursor().hasSelection()


def test_nothing_is_accepted_until_the_teacher_says_so(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog._questions.count() >= 10
    assert dialog.accepted_questions() == []
    assert not dialog._add_button.isEnabled()
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    dialog._questions.setCurrentRow(1)
    dialog.drop_current()
    accepted = dialog.accepted_questions()
    assert len(accepted) == 1 and dialog._add_button.isEnabled()
    assert not accepted[0].id.startswith("draft-") and "draft" not in accepted[0].tags
    assert dialog._questions.item(1).text().startswith("✘")


def test_accept_all_and_drop_all(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot)
    monkeypatch.setattr(dialog, "_confirm_uncertain", lambda count: True)
    dialog.accept_all()
    assert len(dialog.accepted_questions()) == dialog._questions.count()
    dialog.drop_all()
    assert dialog.accepted_questions() == []


def test_keyboard_accepts_and_drops_in_the_list(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog._questions.setFocus()
    dialog._questions.setCurrentRow(0)
    qtbot.keyClick(dialog._questions, Qt.Key.Key_A)
    assert dialog._questions.currentRow() == 1  # A moves on to the next proposal
    qtbot.keyClick(dialog._questions, Qt.Key.Key_D)
    assert dialog._questions.currentRow() == 2
    assert len(dialog.accepted_questions()) == 1
    assert dialog._questions.item(1).text().startswith("✘")
    for widget in (dialog._article, dialog._findings, dialog._questions, dialog._preview):
        assert widget.accessibleName()


@pytest.mark.parametrize("as_data", [False, True])
def test_classify_items_keep_only_the_labels_of_the_set(qtbot: QtBot, as_data: bool) -> None:
    labels = [Label(id="named", name="Nommée"), Label(id="anonymous", name="Anonyme")]
    if as_data:  # the editor may hand over its plain data
        labels = [label.model_dump() for label in labels]
    dialog = _dialog(qtbot, labels)
    dialog._confirm_uncertain = lambda count: True
    dialog.accept_all()
    for question in dialog.accepted_questions():
        if question.type == "classify":
            assert {item.label for item in question.items} <= {"named", "anonymous"}
    assert "Nommée" in {w.text() for w in dialog._legend_words.values()}


def test_a_regional_language_tag_uses_its_language_rules(qtbot: QtBot) -> None:
    text = SEED.read_text(encoding="utf-8")
    dialog = DraftReviewDialog(text, "fr-CH", None, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=10_000)
    assert dialog._language == "fr"
    assert any("Source anonyme" in dialog._findings.item(r).text() for r in range(5))


def test_closing_with_accepted_work_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot)
    asked = []
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: asked.append(1) or False)
    dialog.reject()  # nothing accepted yet: closes without a question
    assert not asked and not dialog.isVisible()
    dialog.show()
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_tab_goes_from_the_list_to_the_form_then_the_buttons(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog._questions.setCurrentRow(1)
    chain, widget = [], dialog._questions
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
    form = dialog._preview.widget()
    first_button = chain.index(dialog._accept_button)
    assert form.isAncestorOf(chain[0])
    assert all(form.isAncestorOf(w) or w is dialog._preview for w in chain[:first_button])
    order = [dialog._accept_button, dialog._drop_button, dialog._accept_all_button,
             dialog._drop_all_button, dialog._add_button]  # fmt: skip
    assert chain[first_button : first_button + 5] == order


def test_the_findings_list_follows_the_selected_question(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    for row in range(dialog._questions.count()):
        dialog._questions.setCurrentRow(row)
        draft = dialog._drafts[row]
        if draft.get("evidence"):
            found = dialog._findings.currentRow()
            words = dialog._findings.item(found).text()
            assert found >= 0 and words
            return
    raise AssertionError("no proposal with evidence")


def test_drafting_again_keeps_corrections_and_marks_added(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog._findings.setCurrentRow(0)
    dialog._relabel_finding("vague")
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    dialog.accept()
    again = _dialog(qtbot)
    assert again._analysis is not None and again._analysis.attributions[0].label == "vague"
    assert "already added" in again._questions.item(0).text()


def test_the_tab_order_is_set_without_a_warning(qtbot: QtBot, qtlog) -> None:
    """A combo box's list is a window of its own: chaining it printed « QWidget::setTabOrder:
    'first' and 'second' must be in the same window » for each form (teacher15, teacher16)
    and left the combo box unchained from the button after it."""
    dialog = _dialog(qtbot)
    for row in range(dialog._questions.count()):
        dialog._questions.setCurrentRow(row)
    warnings = [r.message for r in qtlog.records if "setTabOrder" in r.message]
    assert warnings == []


def test_accept_all_leaves_a_dropped_proposal_dropped(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The teacher drops the proposals she does not want, then accepts the rest (sanity25)."""
    dialog = _dialog(qtbot)
    monkeypatch.setattr(dialog, "_confirm_uncertain", lambda count: True)
    dialog._questions.setCurrentRow(1)
    dialog.drop_current()
    dialog.accept_all()
    assert len(dialog.accepted_questions()) == dialog._questions.count() - 1
    assert dialog._questions.item(1).text().startswith("✘")
