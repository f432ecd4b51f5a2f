"""ui32: the student's article pane showed the headline twice, as its title and as the
text's first line (the built-in set and every set made from an opened .txt start so)."""

from __future__ import annotations

from quizapp.model import Article
from quizapp.ui.quiz.article_pane import ArticlePane


def _pane(qtbot, title: str, text: str) -> ArticlePane:
    pane = ArticlePane(Article(title=title, outlet="The Daily Note", text=text))
    qtbot.addWidget(pane)
    return pane


def test_a_headline_the_text_opens_with_is_not_repeated(qtbot) -> None:
    pane = _pane(qtbot, "Rain  closes the school", "Rain closes the school\n\nThe head said so.")
    assert pane._title.isHidden()


def test_a_title_the_text_does_not_hold_is_shown(qtbot) -> None:
    pane = _pane(qtbot, "Rain closes the school", "The head said so on Monday.")
    assert not pane._title.isHidden()
