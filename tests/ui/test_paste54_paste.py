"""paste54 through the editor: a regional page pasted into a new set's empty article
(offscreen). The publication line with its outlet fills « Média » and « Date », the byline
naming the reporter's town fills nothing, and the pictures' credits stay out of the article
the teacher selects claims in."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

PASTES = Path(__file__).parent.parent / "data" / "pastes"
CASES = [  # file, language, outlet, date, words of the page the article must not keep
    ("paste54_bridge_fr.txt", "fr", "Aunis Info", "2026-12-03", ("Publié le", "Photo", "Roux")),
    (
        "paste54_bridge_en.txt",
        "en",
        "Wiltshire Times",
        "2026-12-03",
        ("Published", "Photo", "By Jo"),
    ),
    ("paste54_market_fr.txt", "fr", "Sud Ouest", "", ("Sud Ouest", "Par Marie")),
]


@pytest.mark.parametrize(("name", "language", "outlet", "date", "gone"), CASES)
def test_a_pasted_regional_page(
    qtbot, settings, tmp_path, no_dialogs, name, language, outlet, date, gone
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language=language)
    qtbot.addWidget(window)
    paste_article(window, (PASTES / name).read_text(encoding="utf-8"))
    article = window.draft.data["article"]
    assert (article.get("outlet", ""), article.get("date", "")) == (outlet, date)
    assert window.article.fields["outlet"].text() == outlet
    shown = window.article.text.toPlainText()
    assert not [word for word in gone if word in shown]
