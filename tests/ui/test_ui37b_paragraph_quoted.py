"""ui37b: the line naming a classify question's paragraph put its first words between the
window's quotation marks; a paragraph opening on a quotation read « « L’un des petits… » »,
two marks on top of each other (ui37b's walk-through). Its own marks are left out there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.model import Article
from quizapp.model.text import unquoted_start
from quizapp.ui.quiz.article_pane import ArticlePane

TEXT = "Un titre\n\n«Le pont sera fermé tout l’hiver», dit le maire. Il rouvrira en mai.\n"


def test_the_paragraph_line_shows_no_mark_of_its_own(qtbot: QtBot) -> None:
    pane = ArticlePane(Article(title="Un titre", outlet="Le Journal", text=TEXT))
    qtbot.addWidget(pane)
    start = TEXT.index("«")
    pane.mark_paragraph((start, len(TEXT) - 1))
    note = pane.paragraph_note.text()
    assert "“Le pont sera fermé tout l’hiver, dit le…”" in note, note
    assert "«" not in note and "““" not in note


def test_unquoted_start_keeps_apostrophes_and_counts_words() -> None:
    assert unquoted_start("« L’eau » monte « vite » ce soir-là", 4) == "L’eau monte vite ce"
