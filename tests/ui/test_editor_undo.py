"""Every kind of change made in the editor's window undoes and redoes (Ctrl+Z, Ctrl+Shift+Z);
a selection of the article becomes evidence, highlighted and shown on request."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPlainTextEdit, QRadioButton

from quizapp.sets.articles.reading import ArticleText
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data
from tests.ui.editor_helpers import (
    choose,
    click,
    field,
    named,
    select_in_article,
    type_into,
    use_selection,
)


@pytest.fixture
def editor(qtbot, settings, tmp_path, no_dialogs):
    from quizapp.sets.editing.writer import set_text

    path = tmp_path / "small.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    return window


def _undoes_and_redoes(window, change: Callable[[], None]) -> None:
    before = copy.deepcopy(window.draft.data)
    change()
    after = copy.deepcopy(window.draft.data)
    assert after != before, "the change changed nothing"
    window.actions.actions["undo"].trigger()
    QApplication.processEvents()
    assert window.draft.data == before
    window.actions.actions["redo"].trigger()
    QApplication.processEvents()
    assert window.draft.data == after


def _question(window, kind: str) -> int:
    index = next(i for i, q in enumerate(window.draft.data["questions"]) if q["type"] == kind)
    window.questions.select_question(index)
    QApplication.processEvents()
    return index


def test_typing_in_a_field_is_one_step(qtbot, editor) -> None:
    _undoes_and_redoes(editor, lambda: type_into(qtbot, field(editor, "Title"), "Un titre"))
    assert field(editor, "Title").text() == "Un titre"  # the widget follows undo and redo
    _question(editor, "single_choice")
    prompt = named(editor.form, QPlainTextEdit, "Question")
    _undoes_and_redoes(editor, lambda: type_into(qtbot, prompt, "Qui parle ?"))


def test_questions_added_copied_moved_deleted_and_retyped(qtbot, editor) -> None:
    _undoes_and_redoes(editor, lambda: editor.actions.actions["add_match"].trigger())
    _question(editor, "true_false")
    for name in ("duplicate", "move_up", "move_down", "delete"):
        _undoes_and_redoes(editor, editor.actions.actions[name].trigger)
        _question(editor, "true_false")
    kind = named(editor.form, QComboBox, "Kind of question")
    _undoes_and_redoes(editor, lambda: choose(kind, "multiple_choice"))


def test_rows_ticks_and_choices(qtbot, editor) -> None:
    from PySide6.QtWidgets import QPushButton

    _question(editor, "single_choice")
    _undoes_and_redoes(
        editor, lambda: click(qtbot, named(editor.form, QPushButton, "Add an answer"))
    )
    box = named(editor.form, QCheckBox, "Option 2 is correct")
    _undoes_and_redoes(editor, lambda: click(qtbot, box))
    assert sum(bool(o.get("correct")) for o in editor.draft.data["questions"][0]["options"]) == 1
    _undoes_and_redoes(
        editor,
        lambda: click(
            qtbot, named(editor.form, QPushButton, "Remove (1) — Answers (tick the right ones)")
        ),
    )
    _question(editor, "classify")
    label = named(editor.form, QComboBox, "Kind of source of claim 1")
    other = next(label.itemData(i) for i in range(label.count()) if i != label.currentIndex())
    _undoes_and_redoes(editor, lambda: choose(label, other))
    _question(editor, "true_false")
    answers = [b for b in editor.form.findChildren(QRadioButton) if b.text() in ("true", "false")]
    other = next(b for b in answers if not b.isChecked())
    _undoes_and_redoes(editor, lambda: click(qtbot, other))
    editor.questions.select_question(None)
    QApplication.processEvents()
    shuffle = next(b for b in editor.form.findChildren(QCheckBox) if "random" in b.text())
    _undoes_and_redoes(editor, lambda: click(qtbot, shuffle))


def test_article_opened_from_a_file_is_one_step(editor) -> None:
    article = ArticleText(text="Un texte.\n\nDeux.", title="Titre", outlet="Le Journal")
    _undoes_and_redoes(editor, lambda: editor.actions.files.use_article(article))
    assert field(editor, "Outlet (newspaper, site)").text() == "Le Journal"


def test_a_selection_becomes_evidence_highlighted_and_shown(qtbot, editor) -> None:
    index = _question(editor, "single_choice")
    passage = "Certains alliés du président sont furieux."
    _undoes_and_redoes(editor, lambda: use_selection(qtbot, editor, passage, "evidence"))
    evidence = editor.draft.get(("questions", index, "evidence"))
    assert evidence[-1] == passage
    highlighted = [s.cursor.selectedText() for s in editor.article.text.extraSelections()]
    assert passage in highlighted
    select_in_article(editor, "Musk")  # the teacher's selection moves elsewhere
    shown = [b for b in editor.form.findChildren(type(editor.article.open_button))
             if b.accessibleName() == f"Show passage {len(evidence)} in the article"]  # fmt: skip
    click(qtbot, shown[0])
    assert editor.article.text.textCursor().selectedText() == passage


def test_a_passage_list_focused_last_receives_the_evidence(qtbot, editor) -> None:
    index = _question(editor, "classify")
    from PySide6.QtWidgets import QPushButton

    add_buttons = [b for b in editor.form.findChildren(QPushButton) if b.text() == "Add a passage"]
    add_buttons[0].setFocus()  # in the first claim's "where it is in the article"
    QApplication.processEvents()
    passage = "Le projet réunit OpenAI, Oracle et SoftBank."
    use_selection(qtbot, editor, passage, "evidence")
    items = editor.draft.get(("questions", index, "items"))
    assert items[0].get("evidence") == [passage]
    assert passage not in (editor.draft.get(("questions", index, "evidence")) or [])


def test_a_claim_from_a_sentence_joins_the_classify_question_shown(qtbot, editor) -> None:
    index = _question(editor, "classify")
    count = len(editor.draft.get(("questions", index, "items")))
    use_selection(qtbot, editor, "Sam Altman a répondu", "classify")
    items = editor.draft.get(("questions", index, "items"))
    assert len(items) == count + 1 and items[-1]["claim"] == "Sam Altman a répondu"
