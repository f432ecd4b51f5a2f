"""The page's lines below a pasted article are left out of it (teacher50's walk: the browser's
copy ended with "Related: Ofsted chief warns of teacher shortages in maths" and "Sign up for
our education newsletter"; the drafter highlighted both as « the outlet itself » and the
students read them as the article's end). Only a run of short page lines at the very end
goes; the same words inside the article, or ending a sentence, stay; a .txt keeps all."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.page_tail import without_page_tail
from quizapp.sets.articles.reading import article_from_paste, article_from_text

ARTICLE = "\n".join(
    [
        "Government to scrap GCSE resits",
        "The plan would end the rule that pupils must resit the exams until they turn 18.",
        "The consultation will run for twelve weeks and closes on 3 March.",
    ]
)
KEPT = ARTICLE.replace("\n", "\n\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Related: Ofsted chief warns of teacher shortages in maths",
        "Related: Ofsted chief warns of teacher shortages\nSign up for our education newsletter",
        "Sign up for our education newsletter\n\n",
        "Read more: Universities drop A-level entry requirements",
        "À lire aussi : Le ministre défend sa réforme du brevet",
        "Abonnez-vous à notre newsletter",
    ],
)
def test_the_page_lines_below_a_pasted_article_are_left_out(tail: str) -> None:
    assert article_from_paste(f"{ARTICLE}\n{tail}").text == KEPT


LONG = "Subscribe to what the minister called a new deal for every pupil in every school in England"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for the scheme closes on Friday.",  # a sentence
        "Related charges were dropped in 2024, the police said.",
        LONG,  # more words than a link or a prompt has
    ],
)
def test_an_article_line_that_opens_the_same_way_is_kept(line: str) -> None:
    assert line in article_from_paste(f"{ARTICLE}\n{line}").text


def test_a_page_word_inside_the_article_without_a_colon_is_kept() -> None:
    # a page word and a colon inside the article make a link's label (teacher53), which goes
    text = ARTICLE.replace("\nThe consultation", "\nRead more about the plan\nThe consultation")
    assert "Read more about the plan" in article_from_paste(text).text


def test_a_paste_of_nothing_but_page_lines_is_kept() -> None:
    text = "Related: Ofsted chief warns\nSign up for our newsletter"
    assert without_page_tail(text) == text


def test_a_text_file_keeps_its_last_lines() -> None:
    text = f"{ARTICLE}\nSign up for our education newsletter"
    assert "Sign up for our education newsletter" in article_from_text(text).text
