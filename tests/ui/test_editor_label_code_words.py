"""The kinds of source on the set's form name the label's id in a teacher's words (teacher10
walk-through: "Id (in the file)" was a file word she did not know), in English and French.
Since words47 the codes are folded away under « Advanced », as the set's id is: a column of
English codes (named, anonymous…) meant nothing to a teacher who does not program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from quizapp.sets import catalog
from quizapp.ui.shell import i18n

BUILT_IN = Path(__file__).parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


@pytest.mark.parametrize(
    ("language", "header", "hint"),
    [
        ("en", "Advanced: the codes of the kinds of source", "Name shown"),
        ("fr", "Avancé\u00a0: les codes des types de source", "Nom affiché"),
    ],
)
def test_the_label_id_is_named_without_file_words(
    qtbot, settings, tmp_path, no_dialogs, language, header, hint
) -> None:
    from quizapp.ui.editor.entry import open_editor_on_file

    i18n.install_language(language)
    catalog.set_language(language)
    try:
        window = open_editor_on_file(settings, tmp_path / "data", BUILT_IN, as_copy=True)
        qtbot.addWidget(window)
        texts = [label.text() for label in window.findChildren(QLabel)]
        assert header in [button.text() for button in window.findChildren(QToolButton)]
        for text in texts:
            assert "in the file" not in text and "dans le fichier" not in text, text
            assert not text.startswith(("Id ", "Identifiant (")), text
        hints = {edit.placeholderText() for edit in window.findChildren(QLineEdit)}
        assert hint in hints and "id" not in hints
    finally:
        i18n.install_language("en")
        catalog.set_language("en")
