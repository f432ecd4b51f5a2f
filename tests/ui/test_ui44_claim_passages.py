"""A classify claim's passages in the editor say whose they are: every claim's list of
passages counts from 1, and « Passage 1 » under claim 3 read like claim 1's (round 43, ui44).
The list's title gives the claim's number and first words, and follows the claim as it is
typed; each field and Show button says its claim to a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from quizapp.ui.editor.forms.rows import RowList
from tests.conftest import small_set_data


def _classify_window(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    data = small_set_data()
    index = next(i for i, q in enumerate(data["questions"]) if q["type"] == "classify")
    for item in data["questions"][index]["items"]:
        item["evidence"] = [item["claim"], "Un autre passage"]
    path = tmp_path / "claims.quiz.yaml"
    path.write_text(set_text(data), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.questions.select_question(index)
    QApplication.processEvents()
    return window


def test_each_passage_names_its_claim(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = _classify_window(qtbot, settings, tmp_path)
    names = {w.accessibleName() for w in window.findChildren(QLineEdit)}
    assert {"Passage 1 of claim 1", "Passage 2 of claim 3", "Passage 1 of claim 4"} <= names
    assert "Passage 1" not in names
    shows = {b.accessibleName() for b in window.findChildren(QPushButton)}
    assert "Show passage 2 of claim 2 in the article" in shows
    assert "Add a passage to claim 3" in shows


def test_the_passages_title_gives_the_claim_and_follows_it(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = _classify_window(qtbot, settings, tmp_path)
    lists = [r for r in window.findChildren(RowList) if r.path[-1] == "evidence"]
    titles = [r.title.text() for r in lists]
    assert "Where claim 2 is in the article: “Les alliés sont furieux”" in titles
    claim = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Claim 2")
    claim.setText("Les alliés du président sont furieux depuis deux jours")
    title = next(r.title.text() for r in lists if r.path[-2] == 1)
    assert title == "Where claim 2 is in the article: “Les alliés du président sont furieux…”"


def test_the_row_buttons_name_the_claim_as_it_is_typed(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    """mend44c: each passage's move and remove buttons were named with the list's title when
    the row was built, and kept the claim's old words once it was retyped."""
    window = _classify_window(qtbot, settings, tmp_path)
    claim = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Claim 2")
    claim.setText("Les alliés du président sont furieux depuis deux jours")
    names = {b.accessibleName() for b in window.findChildren(QPushButton)}
    heading = "Where claim 2 is in the article: “Les alliés du président sont furieux…”"
    assert f"Remove (2) — {heading}" in names
    assert f"Move up (2) — {heading}" in names
    assert not any("“Les alliés sont furieux”" in name for name in names), names
