"""A pasted article's byline is left out of its text (teacher50's walk: an English teacher
copied a page in her browser; "By Helen Marsh, Education correspondent", under the headline
and the standfirst, stayed in the article and the drafter asked the students where that
« claim » came from, « The outlet itself »). A Word file's dated byline already went (ui46);
an undated one goes now, from a paste or a Word file; a .txt keeps its lines, and a line
that only opens like a byline is article text, kept."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.dating.datelines import without_byline
from quizapp.sets.articles.reading import article_from_paste, article_from_text, paragraphs

HEADLINE = "Government to scrap GCSE resits"
STANDFIRST = "Ministers want a new course from 2027, the department said on Tuesday."
BODY = "The plan would end the rule that pupils must resit the exams until they turn 18."


def _pasted(third: str) -> str:
    return "\n".join([HEADLINE, STANDFIRST, third, BODY])


@pytest.mark.parametrize(
    "byline",
    [
        "By Helen Marsh, Education correspondent",
        "By Helen Marsh",
        "Par Julie Moreau",
        "By Anna Lee and Tom Roux | The Daily Courier",
    ],
)
def test_a_pasted_byline_is_left_out(byline: str) -> None:
    article = article_from_paste(_pasted(byline))
    assert article.text == "\n\n".join([HEADLINE, STANDFIRST, BODY])
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "By Friday the council must decide",
        "By contrast, ministers said nothing",
        "By Helen Marsh, who has covered schools for a decade, this is a turning point.",
        "By Royal Mail standards the delay is long",
        "By Helen Marsh, the minister was praised but she has been criticised",
    ],
)
def test_a_line_that_only_opens_like_a_byline_is_kept(line: str) -> None:
    assert line in article_from_paste(_pasted(line)).text


def test_a_byline_far_below_the_headline_is_kept() -> None:
    text = "\n".join([HEADLINE, STANDFIRST, BODY, BODY, "By Helen Marsh", BODY])
    assert "By Helen Marsh" in article_from_paste(text).text


def test_a_text_file_keeps_its_byline() -> None:
    text = _pasted("By Helen Marsh, Education correspondent")
    assert "By Helen Marsh" in article_from_text(text).text


def test_an_undated_byline_leaves_a_word_file_too() -> None:
    text = "\n\n".join([HEADLINE, "Par Julie Moreau, envoyée spéciale à Lille", BODY])
    assert paragraphs(without_byline(text)) == "\n\n".join([HEADLINE, BODY])
