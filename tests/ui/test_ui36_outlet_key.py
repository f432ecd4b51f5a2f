"""ui36: the French « Média » field's Alt letter was « é » (« M&édia »), which a QWERTY
keyboard cannot type, so a teacher reached the field only by Tab. Every letter of « Média »
was taken on some form; « M » only by two question forms' buttons, « Ajouter une
affirmation » and « Ajouter un mauvais choix », which now underline the « e » of « Ajouter »,
freed on the question forms by « Essayer cette question » taking « y » as in English
(« Tr&y this question »). The letter is one every keyboard types, and owned by nothing else
on any of the editor's forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.editor_helpers import open_built_in_editor
from tests.ui.test_editor_alt_keys import _letter, _shared_letters


def _outlet_label(window) -> QLabel:
    field = window.article.fields["outlet"]
    label = window.article.form.labelForField(field.parentWidget())
    assert isinstance(label, QLabel)
    return label


def test_the_outlet_letter_is_typed_on_any_keyboard(
    qtbot, settings, tmp_path: Path, no_dialogs, language
) -> None:
    window = open_built_in_editor(qtbot, settings, tmp_path)
    label = _outlet_label(window)
    letter = _letter(label.text())
    assert letter is not None and letter.isascii() and letter.isalpha(), (language, letter)
    for row in range(window.questions.count()):
        window.questions.setCurrentRow(row)
        QApplication.processEvents()
        assert letter not in _shared_letters(window), (language, row)
