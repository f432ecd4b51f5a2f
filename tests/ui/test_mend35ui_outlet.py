"""The set editor's outlet field (« Média ») has its own Alt letter (mend35ui).

ui35's teacher pressed Alt+M for Média: the letter belonged to « Ajouter une affir&mation »,
and her words became a new unlabelled claim. The field's label now underlines a letter no
other control of the editor owns, in each language, and the key puts the cursor in the field
on the set's form and on a claims question's form alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.editor_helpers import open_built_in_editor
from tests.ui.test_editor_alt_keys import _letter, _shared_letters


def _open(qtbot, settings, tmp_path):
    return open_built_in_editor(qtbot, settings, tmp_path)


def test_outlet_label_has_a_letter_that_focuses_the_field(
    qtbot, settings, tmp_path, no_dialogs, language
) -> None:
    window = _open(qtbot, settings, tmp_path)
    from quizapp.ui.editor.article_panel import ArticlePanel

    panel = window.findChild(ArticlePanel)
    outlet = panel.fields["outlet"]
    label = panel.form.labelForField(outlet.parentWidget())
    letter = _letter(label.text())
    assert letter, (language, label.text())
    assert label.buddy() is outlet
    kinds = [q["type"] for q in window.draft.data["questions"]]
    classify = kinds.index("classify") + 1
    for row in (0, classify):
        window.questions.setCurrentRow(row)
        QApplication.processEvents()
        assert _shared_letters(window) == {}, (language, row)
        window.questions.setFocus()
        key = QKeySequence.mnemonic(label.text())
        qtbot.keyClick(window, key[0].key(), Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        assert QApplication.focusWidget() is outlet, (language, row)
