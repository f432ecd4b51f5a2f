"""ui37b: the line naming a classify question's paragraph put its first words between the
window's quotation marks; a paragraph opening on a quotation read « « L’un des petits… » »,
two marks on top of each other (ui37b's walk-through). Words opening on their own mark get
none of the window's; since words47 the marks of the article stay (they were all left out,
and a quotation inside the paragraph read as the newspaper's words)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.model import Article
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.paired_marks import paragraph_start

TEXT = "Un titre\n\n«Le pont sera fermé tout l’hiver», dit le maire. Il rouvrira en mai.\n"


def test_the_paragraph_line_shows_no_mark_on_top_of_its_own(qtbot: QtBot) -> None:
    pane = ArticlePane(Article(title="Un titre", outlet="Le Journal", text=TEXT))
    qtbot.addWidget(pane)
    start = TEXT.index("«")
    pane.mark_paragraph((start, len(TEXT) - 1))
    note = pane.paragraph_note.text()
    assert note.endswith(", «Le pont sera fermé tout l’hiver», dit le…"), note
    assert "“«" not in note and "««" not in note


def test_the_start_keeps_apostrophes_and_counts_words_not_marks() -> None:
    assert (
        paragraph_start("« L’eau » monte « vite » ce soir-là", 4) == "« L’eau » monte « vite » ce…"
    )
