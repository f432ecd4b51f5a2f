"""Pasting the article reads it like opening its .txt file (teacher11 walk-through: a teacher
pasted a French article into a new set, drafted and saved, and was left with "Fill in Title",
"Fill in Identifier" and "Fill in Headline" although the headline was the first line she
pasted). The headline, the set's title and id follow, in one undo step; a headline she typed
stays, and a paste into an article already there is an ordinary paste."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, paste_article

HEADLINE = "Piste cyclable : le projet divise Belleville"


def _new_set(qtbot: QtBot, settings, tmp_path: Path, language: str = "fr"):
    window = open_new_editor(settings, tmp_path / "data", language=language)
    qtbot.addWidget(window)
    return window


def _article(window) -> dict:
    return window.draft.data.get("article") or {}


def test_the_pasted_headline_names_the_article_and_the_set(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    paste_article(window, ARTICLE.replace("\n\n", "\r\n\r\n"))
    assert _article(window)["text"] == ARTICLE
    assert window.article.text.toPlainText() == ARTICLE
    assert _article(window)["title"] == HEADLINE
    assert window.article.fields["title"].text() == HEADLINE
    assert window.draft.data["title"] == f"{HEADLINE} — qui dit quoi\u00a0?"  # ui33
    assert window.draft.data["id"] == "piste-cyclable-le-projet-divise-belleville"
    window.draft.undo()  # one step: the paste and what it filled in
    assert not _article(window).get("text") and not _article(window).get("title")
    assert not str(window.draft.data.get("title") or "")
    assert window.article.text.toPlainText() == ""


def test_a_typed_headline_stays_and_a_second_paste_is_a_plain_paste(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    window.article.fields["title"].setText("Mon titre")
    window.article.fields["title"].textEdited.emit("Mon titre")
    paste_article(window, ARTICLE)
    assert _article(window)["title"] == "Mon titre"
    assert _article(window)["text"] == ARTICLE
    paste_article(window, "\n\nUn dernier mot.")  # the caret is at the end: added there
    assert _article(window)["text"] == ARTICLE + "\n\nUn dernier mot."
    assert _article(window)["title"] == "Mon titre"


def test_an_english_article_pasted_in_a_new_french_set_makes_it_english(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    english = "Council approves new bike lane\n\nThe council voted to build it, the mayor said."
    paste_article(window, english)
    assert window.draft.data["language"] == "en"
    assert _article(window)["title"] == "Council approves new bike lane"


def test_a_hard_wrapped_paste_shows_its_paragraphs(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    """paste50: a text copied from a PDF or an e-mail, its lines wrapped and no blank line,
    shows the teacher its paragraphs, not one per printed line."""
    window = _new_set(qtbot, settings, tmp_path)
    wrapped = (
        "Le maire défend son budget\n"
        "« Nous investissons dans les écoles, parce que la ville en\n"
        "a besoin »,\n"
        "a-t-il déclaré à l'issue de la séance, mardi soir, devant la\n"
        "salle comble du conseil municipal.\n"
        "Le vote aura lieu en mars."
    )
    paste_article(window, wrapped)
    shown = window.article.text.toPlainText()
    assert shown.split("\n\n") == [
        "Le maire défend son budget",
        "« Nous investissons dans les écoles, parce que la ville en a besoin », a-t-il "
        "déclaré à l'issue de la séance, mardi soir, devant la salle comble du conseil "
        "municipal.",
        "Le vote aura lieu en mars.",
    ]
    assert _article(window)["title"] == "Le maire défend son budget"
