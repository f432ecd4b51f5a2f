"""ui34: an article pasted with blank lines between its paragraphs showed wide gaps in the
student's article pane (each blank line a full empty line plus the paragraph spacing), where a
text with one line break between paragraphs shows one small gap."""

from __future__ import annotations

from itertools import pairwise

from quizapp.model import Article
from quizapp.ui.quiz.article_pane import ArticlePane


def _tops(qtbot, text: str) -> list[float]:
    """The top of each non-blank paragraph, in the pane's laid-out document."""
    pane = ArticlePane(Article(title="Le lavoir", outlet="La Gazette du Val", text=text))
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    document = pane.text_view.document()
    layout = document.documentLayout()
    tops = []
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    return tops


def _gaps(tops: list[float]) -> list[float]:
    return [below - above for above, below in pairwise(tops)]


def test_blank_lines_between_paragraphs_make_one_normal_gap(qtbot) -> None:
    close = _tops(qtbot, "Le lavoir ferme.\nLe maire le regrette.\nLes voisins aussi.")
    spaced = _tops(qtbot, "Le lavoir ferme.\n\nLe maire le regrette.\n\n  \n\nLes voisins aussi.")
    assert len(spaced) == len(close) == 3
    assert _gaps(spaced) == _gaps(close)


def test_the_text_and_its_offsets_are_unchanged(qtbot) -> None:
    text = "Le lavoir ferme.\n\nLe maire le regrette."
    pane = ArticlePane(Article(title="Le lavoir", outlet="La Gazette du Val", text=text))
    qtbot.addWidget(pane)
    assert pane.text_view.toPlainText() == text
    pane.select_span((18, 26))
    assert pane.selected_span() == (18, 26)
    assert pane.text_view.textCursor().selectedText() == "Le maire"
