"""The skills field shows a teacher's words, never the ids the file keeps (teacher13): a
French teacher read « attribution, anonymous-source » under a drafted question. A skill the
set names shows its name; one it does not name but the app knows (the drafter's and the
built-in set's) shows the app's words in the window's language; the file keeps the ids, and
typing the words shown back gives the same ids, not new skills."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data
from tests.ui.editor_helpers import type_into


def _editor(qtbot, settings, folder: Path):
    data = small_set_data()
    data["questions"][0]["tags"] = ["attribution", "anonymous-source", "mine"]
    data["tags"] = {"mine": {"name": "Lire la une"}}
    path = folder / "mine.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    window = open_editor_on_file(settings, folder / "data", path)
    qtbot.addWidget(window)
    window.questions.setCurrentRow(1)  # row 0 is the set itself
    QApplication.processEvents()
    return window


def _tags_field(window) -> QLineEdit:
    fields = [w for w in window.form.findChildren(QWidget) if w.accessibleName() == "Tags"]
    fields += [w for w in window.form.findChildren(QWidget) if w.accessibleName() == "Compétences"]
    assert len(fields) == 1
    return fields[0]


def test_the_skills_field_shows_words_in_french_and_keeps_ids_in_the_file(
    qtbot, settings, tmp_path, no_dialogs, in_french
) -> None:
    window = _editor(qtbot, settings, tmp_path)
    field = _tags_field(window)
    assert field.text() == (
        "Attribuer les propos à leur source, Reconnaître une source anonyme, Lire la une"
    )
    assert "anonymous-source" not in field.text()
    type_into(qtbot, field, field.text())  # her words given back: the same skills
    assert window.draft.get(("questions", 0, "tags")) == ["attribution", "anonymous-source", "mine"]
    assert set(window.draft.get(("tags",))) == {"mine"}  # no new skill named after her words


def test_a_skill_typed_in_the_words_shown_is_that_skill(
    qtbot, settings, tmp_path, no_dialogs, in_french
) -> None:
    window = _editor(qtbot, settings, tmp_path)
    field = _tags_field(window)
    type_into(qtbot, field, "reconnaître un groupe vague, Lire la une, Mots chargés")
    assert window.draft.get(("questions", 0, "tags")) == ["vague-source", "mine", "mots-charges"]
    assert window.draft.get(("tags",))["mots-charges"] == {"name": "Mots chargés"}
    field.clearFocus()
    window.questions.setCurrentRow(2)
    window.questions.setCurrentRow(1)
    QApplication.processEvents()
    assert _tags_field(window).text() == "Reconnaître un groupe vague, Lire la une, Mots chargés"


def test_in_english_the_same_skills_show_english_words(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = _editor(qtbot, settings, tmp_path)
    assert _tags_field(window).text() == (
        "Attributing statements to their source, Recognising an anonymous source, Lire la une"
    )
