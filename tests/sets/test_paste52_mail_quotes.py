"""A forwarded article's e-mail quoting marks are taken off (paste52).

"> " at each line's start, "> > " when forwarded twice: the marks stayed in the headline and
the paragraphs, and a line of only ">" joined two paragraphs. A stray ">" in an article whose
lines are mostly not quoted is kept.
"""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste

HEAD = "School canteen to close"
FIRST = "The school's canteen will close in September, the council said on Tuesday."
SECOND = '"We have no choice," the council leader said.'
WELL = f"{HEAD}\n\n{FIRST}\n\n{SECOND}"


def test_quoted_lines_lose_their_marks() -> None:
    article = article_from_paste(f"> {HEAD}\n>\n> {FIRST}\n>\n> {SECOND}")
    assert (article.title, article.text) == (HEAD, WELL)


def test_nested_quoting_goes_too() -> None:
    assert article_from_paste(f"> > {HEAD}\n> >\n>> {FIRST}\n> > \n> > {SECOND}").text == WELL


def test_a_stray_mark_in_an_unquoted_text_is_kept() -> None:
    line = "> 3,000 pupils were affected, the council said."
    assert line in article_from_paste(f"{WELL}\n\n{line}\n\nParents were told last week.").text
