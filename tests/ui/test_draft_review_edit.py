"""The teacher corrects a proposal in the review before accepting it: claim labels and the
kind of source of a quotation by name, right answers, prompt and explanation; uncertain
proposals are marked and need her word; the editor names the drafted skills."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.model import DEFAULT_LABELS, Label
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.editor.drafting import skill_name_commands
from quizapp.ui.shell import i18n
from tests.ui.review_helpers import SEED, open_review

FRENCH = [
    Label(id="named", name="Nommée"), Label(id="anonymous", name="Anonyme"),
    Label(id="vague", name="Vague"), Label(id="author", name="Le média"),
    Label(id="fact", name="Fait"),
]  # fmt: skip


pytestmark = pytest.mark.usefixtures("fresh_review")


@pytest.fixture
def french():
    i18n.install_language("fr")
    yield
    i18n.install_language("en")


def _dialog(qtbot: QtBot, labels=DEFAULT_LABELS) -> DraftReviewDialog:
    return open_review(qtbot, labels=labels)


def _row_of(dialog: DraftReviewDialog, kind: str) -> int:
    row = next(r for r, d in enumerate(dialog._drafts) if d["type"] == kind)
    dialog._questions.setCurrentRow(row)
    return row


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_claim_relabelled_by_name_is_accepted_as_edited(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FRENCH)
    row = _row_of(dialog, "classify")
    form = dialog._preview
    combo = form.claim_combos[0]
    assert _texts(combo) == ["Nommée", "Anonyme", "Vague", "Le média", "Fait"]
    before = dialog._drafts[row]["items"][0]["label"]
    combo.setCurrentIndex(next(i for i in range(5) if _texts(combo)[i] != combo.currentText()))
    form.prompt_field.setPlainText("Classez ces affirmations.")
    form.explanation_field.setPlainText("Relisez le paragraphe.")
    dialog.accept_current()
    question = dialog.accepted_questions()[0]
    assert question.items[0].label != before
    assert question.prompt == "Classez ces affirmations."
    assert question.explanation == "Relisez le paragraphe."
    assert "modifiée" in dialog._questions.item(row).text() or "edited" in (
        dialog._questions.item(row).text()
    )


def test_removing_a_claim_removes_it_from_the_accepted_question(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    row = _row_of(dialog, "classify")
    claims = [i["claim"] for i in dialog._drafts[row]["items"]]
    dialog._preview.remove_buttons[0].click()
    assert [i["claim"] for i in dialog._drafts[row]["items"]] == claims[1:]
    assert len(dialog._preview.claim_combos) == len(claims) - 1


def test_right_answers_change_and_true_false_speaks_the_interface_language(
    qtbot: QtBot, french: None
) -> None:
    dialog = _dialog(qtbot, FRENCH)
    row = _row_of(dialog, "single_choice")
    dialog._preview.answer_combo.setCurrentIndex(1)
    right = dialog._drafts[row]["options"][1]["text"]
    assert _texts(dialog._preview.source_combo) == ["Nommée", "Anonyme", "Vague"]
    dialog.accept_current()
    tf_row = _row_of(dialog, "true_false")
    combo = dialog._preview.answer_combo
    assert _texts(combo) == ["Vrai", "Faux"]
    answer = dialog._drafts[tf_row]["answer"]
    combo.setCurrentIndex(0 if not answer else 1)
    dialog.accept_current()
    who, statement = dialog.accepted_questions()
    assert next(o.text for o in who.options if o.correct) == right
    assert statement.answer is (not answer)
    text = dialog._questions.item(row).text()
    assert " : " in text or "\u00a0: " in text  # French typography: a space before the colon


def test_the_form_is_keyboard_usable_with_accessible_names(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _row_of(dialog, "classify")
    kinds = (QComboBox, QPlainTextEdit, QPushButton)
    fields = [w for w in dialog._preview.widget().findChildren(QWidget) if isinstance(w, kinds)]
    assert len(fields) > 4 and all(w.accessibleName() for w in fields)
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in fields)
    combo = dialog._preview.claim_combos[0]
    combo.setFocus()
    start = combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() != start
    row = _row_of(dialog, "locate")
    words = dialog._preview.locate_words.text()
    assert words == "“" + dialog._drafts[row]["answer"][0] + "”"  # no Python list


def test_uncertain_proposals_are_marked_and_wait_for_the_teachers_word(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    uncertain = [r for r in range(dialog._questions.count()) if dialog.is_uncertain(r)]
    assert uncertain and len(uncertain) < dialog._questions.count()
    assert "to check" in dialog._questions.item(uncertain[0]).text()
    asked: list[int] = []
    dialog._confirm_uncertain = lambda count: asked.append(count) or False
    dialog.accept_all()
    assert asked == [len(uncertain)]
    assert len(dialog.accepted_questions()) == dialog._questions.count() - len(uncertain)
    dialog._confirm_uncertain = lambda count: True
    dialog.accept_all()
    assert len(dialog.accepted_questions()) == dialog._questions.count()


def test_an_emptied_prompt_cannot_be_accepted(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _row_of(dialog, "single_choice")
    dialog._preview.prompt_field.setPlainText("")
    dialog.accept_current()
    assert dialog.accepted_questions() == []


def test_drafted_skills_get_names_in_the_set_language(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _row_of(dialog, "locate")
    dialog.accept_current()
    names = dialog.accepted_skill_names()
    assert names["anonymous-source"] == {"name": "Reconnaître une source anonyme"}
    data = {"tags": {"attribution": {"name": "Mon nom"}}}
    commands = skill_name_commands(data, {**names, "attribution": {"name": "x"}})
    assert {c.path[1] for c in commands} == set(names) - {"attribution"}
    assert [c.path for c in skill_name_commands({}, names)] == [("tags",)]


def test_the_editor_adds_accepted_questions_and_skill_names_as_one_step(
    qtbot: QtBot, settings, tmp_path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.sets.editing.writer import set_text
    from quizapp.ui.draft import draft_review
    from quizapp.ui.editor.entry import open_editor_on_file
    from tests.conftest import small_set_data

    data = small_set_data()
    data["article"]["text"] = SEED.read_text(encoding="utf-8")
    path = tmp_path / "small.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)

    def accept_the_locate(dialog: DraftReviewDialog) -> int:
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        _row_of(dialog, "locate")
        dialog.accept_current()
        return draft_review.QDialog.DialogCode.Accepted

    monkeypatch.setattr(draft_review.DraftReviewDialog, "exec", accept_the_locate)
    before = len(window.draft.data["questions"])
    window.actions.draft_questions()
    assert len(window.draft.data["questions"]) == before + 1
    assert window.draft.data["tags"]["anonymous-source"]["name"]
    window.draft.undo()
    assert len(window.draft.data["questions"]) == before and "tags" not in window.draft.data


def test_a_finding_given_another_label_updates_highlight_line_and_proposals(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FRENCH)
    analysis = dialog._analysis
    assert analysis is not None
    row = next(i for i, a in enumerate(analysis.attributions) if a.label == "anonymous")
    dialog._findings.setCurrentRow(row)
    combo = dialog._finding_row.combo
    assert combo.currentText() == "Anonyme" and dialog._finding_row.isEnabled()
    assert combo.accessibleName() and dialog._finding_row.title.buddy() is combo
    vague = _texts(combo).index("Vague")
    combo.setCurrentIndex(vague)
    combo.activated.emit(vague)
    assert dialog._analysis.attributions[row].label == "vague"
    assert dialog._findings.item(row).text().startswith("[Vague]")
    edited = [r for r in range(dialog._questions.count()) if dialog._edited[r]]
    assert edited and all("edited" in dialog._questions.item(r).text() for r in edited)


def test_long_speaker_names_do_not_push_the_form_past_its_pane(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.resize(1000, 700)
    for row, draft in enumerate(dialog._drafts):
        if draft["type"] in ("single_choice", "match"):
            dialog._questions.setCurrentRow(row)
            qtbot.wait(10)
            assert dialog._preview.widget().width() <= dialog._preview.viewport().width()
