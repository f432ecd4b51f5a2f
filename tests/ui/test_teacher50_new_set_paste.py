"""A new set opens with the cursor in its empty article (teacher50's walk: an English teacher
copied an article in her browser, chose File > New set… and pressed Ctrl+V, as the empty
box's grey words « Paste the text of the article here (Ctrl+V) » ask; the focus was on
« Open a file… », so nothing was pasted and the box was six Tabs away)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

ARTICLE = "Council to close two libraries\nThe council said on Monday that it would close them."


def test_ctrl_v_in_a_new_set_pastes_the_article(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article.text)
    QApplication.clipboard().setText(ARTICLE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert "close two libraries" in window.article.text.toPlainText()
    assert window.article.fields["title"].text() == "Council to close two libraries"


def test_the_pasted_byline_stays_out_of_the_article(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    headline, byline = ARTICLE.split("\n")[0], "By Helen Marsh, Education correspondent"
    body = "The council said on Monday that it would close them."
    paste_article(window, f"{headline}\n{byline}\n{body}")
    assert window.draft.data["article"]["text"] == f"{headline}\n\n{body}"
    assert byline not in window.article.text.toPlainText()
