"""words47: the line over the article named a classify question's paragraph by its first
words with every quotation mark left out, so « L'opposition a voté contre. « On nous demande
de… » read « L'opposition a voté contre. On nous demande de… »: a quotation shown as the
newspaper's words (teacher47). The article's marks stay, a quotation the cut leaves open is
closed after « … », and no two marks stand on top of each other. Display only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.model import Article
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.paired_marks import paragraph_start
from quizapp.ui.shell import i18n

PARAGRAPH = (
    "L'opposition a voté contre. « On nous demande de signer un chèque en blanc », a lancé "
    "Didier Roussel."
)
TEXT = f"Le titre\n\n{PARAGRAPH}\n"


def _note(qtbot: QtBot, language: str) -> str:
    i18n.install_language(language)
    try:
        pane = ArticlePane(Article(title="Le titre", outlet="Le Courrier", text=TEXT))
        qtbot.addWidget(pane)
        start = TEXT.index(PARAGRAPH)
        pane.mark_paragraph((start, start + len(PARAGRAPH)))
        return pane.paragraph_note.text()
    finally:
        i18n.install_language("en")


def test_a_quotation_inside_the_paragraph_keeps_its_marks(qtbot: QtBot) -> None:
    note = _note(qtbot, "fr")
    assert note == (
        "La question porte sur le paragraphe ombré, «\u00a0L'opposition a voté contre. "
        "« On nous demande de…\u00a0»\u00a0»"
    ), note
    english = _note(qtbot, "en")
    assert english.endswith("“L'opposition a voté contre. « On nous demande de…\u00a0»”")


def test_words_opening_on_a_mark_get_none_of_the_windows() -> None:
    said = paragraph_start("« Nos enfants méritent de manger mieux, et les producteurs », dit-il.")
    assert said == "« Nos enfants méritent de manger mieux, et les…\u00a0»"
    assert paragraph_start("“We will close it all winter,” he said. It opens in May.", 4) == (
        "“We will close it…”"
    )


def test_a_short_paragraph_is_shown_whole_and_closed_marks_are_not_closed_again() -> None:
    assert paragraph_start("Les travaux dureront deux ans.") == "Les travaux dureront deux ans."
    said = paragraph_start("« Non », a-t-il dit, avant de partir vers la mairie à pied.", 4)
    assert said == "« Non », a-t-il dit, avant…"
    assert paragraph_start('He said "no way" and then left the room at once.', 3) == (
        'He said "no…"'
    )
