"""The editor shows a passage written alone (``evidence: "…"``, allowed by format v1) whole in
its row, not its first letter (seen in the real window on the built-in set, mend35ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data


def test_a_lone_evidence_passage_shows_whole(qtbot, settings, tmp_path, no_dialogs) -> None:
    data = small_set_data()
    index = next(i for i, q in enumerate(data["questions"]) if q.get("evidence"))
    passage = data["questions"][index]["evidence"][0]
    data["questions"][index]["evidence"] = passage  # one passage, written without its list
    path = tmp_path / "lone.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.questions.select_question(index)
    QApplication.processEvents()
    shown = [w.text() for w in window.findChildren(QLineEdit) if w.isVisibleTo(window)]
    shown += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    assert passage in shown
    assert passage[0] not in shown
