"""On a question's form, an item-writing warning reads as words; its code (W11) is only
in the tooltip, where it names the section of the authoring guide."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data


def test_a_warning_shows_words_at_its_field_and_the_code_in_the_tooltip(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    data = small_set_data()
    data["questions"][0].pop("explanation", None)
    path = tmp_path / "s.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.checker.check_now()
    window.checker.wait()
    qtbot.waitUntil(lambda: any(p.code == "W11" for p in window.checker.problems))
    window.questions.select_question(0)
    QApplication.processEvents()
    note = window.notices.item(0)  # a rule of the whole question, first in the strip
    assert note.text().startswith("\u2139 No explanation: a learner")
    shown = note.text() + window.notices.accessibleName()
    assert "W11" not in shown and "[" not in shown and "warning" not in shown.lower()
    assert "(W11)" in note.toolTip()
    rows = window.questions.item(1).text() + window.questions.item(1).toolTip()
    assert "W11" not in rows
