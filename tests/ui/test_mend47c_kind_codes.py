"""mend47c: the codes of the kinds of source under « Avancé » (review47, findings 5 and 10).

A kind the teacher added and named « Témoin anonyme » got the code « temoin-anonyme » in the set,
but its field under « Avancé » still showed the provisional « kind-1 »: the proposal was written
as if it came from that field, so the form was not refreshed. Typing in it would have overwritten
the real code. And a screen reader heard each code field as « Code du type de source 6 », where
the label beside it says the kind's name: the field is now named by the kind."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from quizapp.ui.editor.forms.label_rows import LabelCodes
from quizapp.ui.editor.forms.rows import RowList
from tests.ui.editor_helpers import english_again, open_french_new_editor, type_into


def _add_kind(window, qtbot, name: str) -> LabelCodes:
    table = next(r for r in window.form.findChildren(RowList) if r.path == ("labels",))
    table.add_button.click()
    QApplication.processEvents()
    type_into(qtbot, QApplication.focusWidget(), name)
    codes = window.form.findChild(LabelCodes)
    codes.button.click()
    return codes


def _code_fields(codes: LabelCodes) -> list[QLineEdit]:
    return codes.findChildren(QLineEdit)


def test_the_code_field_shows_the_code_the_set_holds(qtbot, settings, tmp_path, no_dialogs):
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        codes = _add_kind(window, qtbot, "Témoin anonyme")
        assert window.draft.get(("labels", 5, "id")) == "temoin-anonyme"
        shown = [field.text() for field in _code_fields(codes)]
        assert shown == ["named", "anonymous", "vague", "author", "fact", "temoin-anonyme"]
    finally:
        english_again()


def test_a_code_field_is_named_by_its_kind(qtbot, settings, tmp_path, no_dialogs):
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        codes = _add_kind(window, qtbot, "Témoin anonyme")
        names = [field.accessibleName() for field in _code_fields(codes)]
        assert names[0] == "Code du type «\u00a0Source nommée\u00a0»"
        assert names[5] == "Code du type «\u00a0Témoin anonyme\u00a0»"
        renamed = next(
            w
            for w in window.form.findChildren(QLineEdit)
            if w.accessibleName() == "Nom affiché (6)"
        )
        type_into(qtbot, renamed, "Témoin")
        codes = window.form.findChild(LabelCodes)
        assert _code_fields(codes)[5].accessibleName() == "Code du type «\u00a0Témoin\u00a0»"
    finally:
        english_again()
