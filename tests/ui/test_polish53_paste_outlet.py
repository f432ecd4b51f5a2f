"""polish53 through the editor (offscreen): a pasted page's byline fills the empty « Média »
and the status line says so; an outlet the teacher typed before pasting stays hers."""

from __future__ import annotations

from pathlib import Path

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

PAGE = (Path(__file__).parent.parent / "data" / "pastes" / "regional_fr.txt").read_text(
    encoding="utf-8"
)
OUTLET = "Radio Vallée Nord-Franche-Comté"


def test_the_byline_fills_the_outlet_and_the_status_line_says_so(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, PAGE)
    assert window.draft.data["article"]["outlet"] == OUTLET
    assert window.article.fields["outlet"].text() == OUTLET
    assert OUTLET in window.statusBar().currentMessage()


def test_a_typed_outlet_stays(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    window.article.fields["outlet"].setText("Mon journal")
    window.article.fields["outlet"].textEdited.emit("Mon journal")
    paste_article(window, PAGE)
    assert window.draft.data["article"]["outlet"] == "Mon journal"
    assert OUTLET not in window.statusBar().currentMessage()
