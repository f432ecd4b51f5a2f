"""ui36b: once an article file is opened, the keyboard is where the teacher goes next.

In ui36's walk-through the keyboard stayed on « Ouvrir un fichier… » after the article came in,
so the space she typed in « La Gazette » (for the outlet the status line asked for) opened the
file dialog again. Now the cursor goes to the first field still to fill in; when the article's
details are all there, to « Draft questions… », the next step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.editor.entry import open_new_editor
from quizapp.ui.editor.window import EditorWindow
from tests.ui.editor_helpers import type_into

ARTICLE = (
    "Le marché couvert rouvrira en mars\n\n"
    "Fermé depuis l'incendie de l'été, le marché couvert de Saint-Orme rouvrira au printemps.\n\n"
    "« Les étals seront prêts à temps », a assuré le président de l'association des commerçants, "
    "Paul Verdier.\n\n"
    "Des habitants doutent encore du calendrier annoncé."
)


def _window(qtbot: QtBot, settings, tmp_path: Path) -> EditorWindow:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _open(qtbot: QtBot, window: EditorWindow, tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "marche.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(article), ""))
    window.article.open_button.setFocus()
    qtbot.waitUntil(window.article.open_button.hasFocus)
    window.article.open_button.click()
    QApplication.processEvents()
    assert window.draft.data["article"]["text"].startswith("Le marché couvert")


def test_the_cursor_goes_to_the_outlet_still_to_fill_in(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings, tmp_path)
    _open(qtbot, window, tmp_path, monkeypatch)
    assert QApplication.focusWidget() is window.article.fields["outlet"]


def test_with_the_details_all_there_the_cursor_goes_to_draft_questions(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings, tmp_path)
    type_into(qtbot, window.article.fields["outlet"], "L'Écho d'Orme")
    _open(qtbot, window, tmp_path, monkeypatch)
    assert window.article.draft_button.isVisible()
    assert QApplication.focusWidget() is window.article.draft_button
