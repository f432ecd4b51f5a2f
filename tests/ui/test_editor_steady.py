"""The editor's fields stay where the teacher aims: a true/false answer is two radio buttons
that a mouse wheel scrolling the form cannot change, and a remark only marks its field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data
from tests.ui.editor_helpers import add_question, click, named


def _editor(qtbot, settings, tmp_path):
    path = tmp_path / "small.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.show()
    return window


def _wheel(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def test_the_true_false_answer_shows_both_choices_and_ignores_the_wheel(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = _editor(qtbot, settings, tmp_path)
    add_question(window, "true_false")
    index = window.form.index
    true, false = (
        named(window.form, QRadioButton, "true"),
        named(window.form, QRadioButton, "false"),
    )
    click(qtbot, false)
    assert window.draft.get(("questions", index, "answer")) is False
    assert false.isChecked() and not true.isChecked()
    for button in (true, false):
        _wheel(button)
    assert window.draft.get(("questions", index, "answer")) is False
    click(qtbot, true)
    assert window.draft.get(("questions", index, "answer")) is True


def test_a_remark_marks_a_one_line_field_without_resizing_it(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from quizapp.sets.editing.commands import SetValue

    window = _editor(qtbot, settings, tmp_path)
    window.questions.select_question(0)
    QApplication.processEvents()
    id_edit = next(w for w in window.form.findChildren(QLineEdit) if w is window.form.id_edit)
    size = id_edit.size()
    window.draft.apply(SetValue(("questions", 0, "id"), "Pas un id !"))
    window.checker.check_now()
    QApplication.processEvents()
    assert id_edit.actions() and id_edit.toolTip()  # an icon inside the field, words on hover
    assert id_edit.size() == size
    window.draft.apply(SetValue(("questions", 0, "id"), "qui-parle"))
    window.checker.check_now()
    QApplication.processEvents()
    assert not id_edit.actions() and not id_edit.toolTip()


def test_the_question_id_is_folded_away_and_flagged_when_wrong(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from quizapp.sets.editing.commands import SetValue

    window = _editor(qtbot, settings, tmp_path)
    window.questions.select_question(0)
    QApplication.processEvents()
    form = window.form
    assert not form.id_edit.isVisible() and form.advanced.button.isVisible()
    window.draft.apply(SetValue(("questions", 0, "id"), "Pas un id !"))
    window.checker.check_now()
    QApplication.processEvents()
    assert "\u26a0" in form.advanced.button.text()  # the folded part says it holds a problem
    assert "Question id" in window.notices.text()  # and the strip names the field
    form.advanced.button.click()
    assert form.id_edit.isVisible() and form.id_edit.text() == "Pas un id !"


def test_an_empty_strip_says_there_is_nothing_rather_than_look_like_a_field(qapp) -> None:
    from quizapp.ui.editor.forms.notices import NoticeStrip

    strip = NoticeStrip()
    assert strip.text() == "" and strip.item(0).text() == "Nothing to point out here."
    height = strip.height()
    strip.show_lines(["\u2139 Une remarque"], ["\u2139 Une remarque (W11)"])
    assert strip.text() == "\u2139 Une remarque" and strip.height() == height
    strip.deleteLater()


def test_a_new_true_false_question_waits_for_the_teacher_to_pick_the_answer(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = _editor(qtbot, settings, tmp_path)
    add_question(window, "true_false")
    index = window.form.index
    true = named(window.form, QRadioButton, "true")
    false = named(window.form, QRadioButton, "false")
    assert not true.isChecked() and not false.isChecked()  # no "true" picked for her
    problems = window.checker.check_now()
    asked = [p for p in problems if p.path == ("questions", index, "answer")]
    assert [p.message for p in asked] == ["Choose whether the statement is true or false."]
    click(qtbot, false)
    problems = window.checker.check_now()
    assert not [p for p in problems if p.path == ("questions", index, "answer")]
