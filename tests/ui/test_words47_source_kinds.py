"""words47: the set editor's « Types de source » table, as a teacher who does not program reads
it. teacher47 saw the « Ce que cela veut dire » cells cut (« Une personne ou une c… ») and a
third column of English codes (named, anonymous…). The meaning now wraps and is read whole; the
codes are folded away under « Avancé », and a kind she adds gets its code from its name."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from quizapp.sets.editing.live_check import FieldProblem
from quizapp.ui.editor.checking.wording import to_fill
from quizapp.ui.editor.entry import open_new_editor
from quizapp.ui.editor.forms.label_rows import FittingText, LabelCodes
from quizapp.ui.editor.forms.notices import ERROR_MARK
from quizapp.ui.editor.forms.rows import RowList
from tests.ui.editor_helpers import english_again, open_french_new_editor, type_into


def _shown_texts(window: QWidget) -> list[str]:
    """Every text a teacher sees on the set's form: labels, and fields not folded away."""
    form = window.form
    labels = [w.text() for w in form.findChildren(QLabel) if w.isVisibleTo(form)]
    fields = [w.text() for w in form.findChildren(QLineEdit) if w.isVisibleTo(form)]
    return labels + fields


def test_the_meanings_are_read_whole_and_the_codes_folded_away(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        shown = _shown_texts(window)
        for code in ("named", "anonymous", "vague", "author", "fact"):
            assert code not in shown, code
        assert not any(text.startswith("Code (") for text in shown)
        meanings = [w for w in window.form.findChildren(FittingText) if w.isVisibleTo(window)]
        assert len(meanings) == 5
        first = meanings[0]
        assert first.toPlainText().startswith("Une personne ou une organisation identifiée")
        document = first.document()
        assert document.size().height() <= first.viewport().height() + 1  # nothing cut off
        assert first.viewport().width() >= first.fontMetrics().horizontalAdvance("Une personne")
        codes = window.form.findChild(LabelCodes)
        assert codes is not None and not codes.body.isVisibleTo(window)
        assert codes.button.text() == "Avancé\u00a0: les codes des types de source"
        codes.button.click()
        shown_codes = [w.text() for w in codes.findChildren(QLineEdit) if w.isVisibleTo(window)]
        assert shown_codes == ["named", "anonymous", "vague", "author", "fact"]
        assert codes.names[0].text() == "Source nommée\u00a0:"
    finally:
        english_again()


def test_a_kind_she_adds_gets_a_row_and_a_code_from_its_name(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        table = next(r for r in window.form.findChildren(RowList) if r.path == ("labels",))
        table.add_button.click()
        QApplication.processEvents()
        meanings = [w for w in window.form.findChildren(FittingText) if w.isVisibleTo(window)]
        assert len(meanings) == 6  # the form was redrawn with the new row
        name = QApplication.focusWidget()  # the new kind's name, never its folded code
        assert name.accessibleName() == "Nom affiché (6)"
        window.checker.check_now()  # nothing said of a code she cannot see while she names it
        labels = [p.path for p in window.checker.problems if p.path[:1] == ("labels",)]
        assert labels == [("labels", 5, "name")]
        type_into(qtbot, name, "Expert cité")
        assert window.draft.get(("labels", 5)) == {"id": "expert-cite", "name": "Expert cité"}
        assert window.form.findChild(LabelCodes).names[5].text() == "Expert cité\u00a0:"
        window.checker.check_now()
        assert "code" not in window.summary.text().lower()
    finally:
        english_again()


def test_the_given_codes_stay_and_a_taken_one_is_not_reused(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        first = next(
            w
            for w in window.form.findChildren(QLineEdit)
            if w.accessibleName() == "Nom affiché (1)"
        )
        type_into(qtbot, first, "Source citée")
        assert window.draft.get(("labels", 0, "id")) == "named"  # questions use it
        table = next(r for r in window.form.findChildren(RowList) if r.path == ("labels",))
        table.add_button.click()
        QApplication.processEvents()
        window.draft.data["labels"][0]["id"] = "expert"
        name = next(
            w
            for w in window.form.findChildren(QLineEdit)
            if w.accessibleName() == "Nom affiché (6)"
        )
        type_into(qtbot, name, "Expert")
        assert window.draft.get(("labels", 5, "id")) == "expert-2"
    finally:
        english_again()


def test_a_wrong_code_marks_the_folded_part(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_french_new_editor(qtbot, settings, tmp_path)
    try:
        codes = window.form.findChild(LabelCodes)
        codes.button.click()
        edit = next(w for w in codes.findChildren(QLineEdit) if w.text() == "anonymous")
        type_into(qtbot, edit, "pas un code !")
        window.checker.check_now()
        QApplication.processEvents()
        assert codes.button.text().endswith(ERROR_MARK)
    finally:
        english_again()


def _problem(*path: object) -> FieldProblem:
    return FieldProblem(path=tuple(path), line=1, col=1, message="")


def test_a_kind_without_a_name_is_one_field_to_fill_not_two() -> None:
    problems = [_problem("labels", 5, "id"), _problem("labels", 5, "name")]
    assert to_fill(problems) == problems[1:]
    named = [_problem("labels", 5, "id")]
    assert to_fill(named) == named  # a code wrong beside a name is still said


def test_tab_through_a_given_kinds_name_keeps_its_code(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    """In English « named » begins « named-source »: Tab through « Named source » (no key
    typed) gave the code « named-source », and the set's questions name « named » (a11y48,
    heard in Orca's tour of the kinds of source). A given kind keeps its code. Message boxes
    answer at once: a code changed left the editor unsaved, and its question on closing
    waited for a click, so the test hung instead of failing (review48)."""
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    names = [
        w
        for w in window.form.findChildren(QLineEdit)
        if w.accessibleName().startswith("Name shown")
    ]
    for name in names:  # into each name and out of it, as Tab does
        name.setFocus()
        QApplication.processEvents()
        name.editingFinished.emit()
        QApplication.processEvents()
    assert [label["id"] for label in window.draft.data["labels"]] == [
        "named", "anonymous", "vague", "author", "fact",
    ]  # fmt: skip
