"""teacher58: an English news site's article as a teacher copies it from the page. The site
sets each picture's source and caption on lines of their own ("Image source, Brearley
Stewart", "Image caption," then the caption, the agency's "Getty Images" above it); the
caption "Residents say Barons Cross Road is already busy" was drafted as a vague group's
claim and asked to the students. The head gives "Published" on one line and the date on the
next, and the outlet before its desk under the byline ("BBC News, Hereford & Worcester"):
both stayed in the text, « Média » and the date empty. The report's credits at the end
(« TF1 | Reportage … ») went with the outlet they name unread (teacher57's left fault)."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_html, article_from_paste
from tests.sets.paste_cases import pasted_text

HEADLINE = "Town council opposes housing estate"
FIRST = 'A town council has "strongly" opposed a planned 118-home estate.'
SAID = 'Richard Stone said: "We understand highway safety is a concern."'


def test_a_picture_s_source_and_caption_lines_go() -> None:
    text = pasted_text(
        HEADLINE,
        "Image source, Brearley Stewart",
        "Image caption,",
        "How the 118-home estate could look",
        FIRST,
        SAID,
    )
    assert "Image" not in text and "could look" not in text
    assert text.startswith(HEADLINE) and FIRST in text and SAID in text


def test_a_caption_and_the_agency_above_it_go_inside_the_article() -> None:
    text = pasted_text(
        HEADLINE,
        FIRST,
        "Getty Images",
        "Image caption,",
        "Residents say Barons Cross Road is already busy at school times",
        SAID,
    )
    assert "Getty" not in text and "Residents say" not in text
    assert FIRST in text and SAID in text


@pytest.mark.parametrize(
    "kept",
    [
        "Captions were added to the council's video, a spokesman said.",
        "Road Safety Concerns",
    ],
)
def test_lines_that_only_look_like_a_picture_s_are_kept(kept: str) -> None:
    text = pasted_text(HEADLINE, FIRST, kept, "Image caption,", "The estate from the road", SAID)
    assert kept in text


def test_published_above_its_date_dates_the_article_and_leaves_it() -> None:
    article = article_from_paste(
        "\n".join([HEADLINE, "By Oliver Hale", "Published", "15 December 2021", FIRST, SAID])
    )
    assert article.date == "2021-12-15"
    assert "Published" not in article.text and "15 December" not in article.text


def test_published_above_a_sentence_is_the_article_s() -> None:
    text = pasted_text(HEADLINE, FIRST, "Published", "The report was read at the meeting.")
    assert "The report was read at the meeting." in text


def test_the_outlet_before_its_desk_under_the_byline_is_the_outlet() -> None:
    article = article_from_paste(
        "\n".join(
            [HEADLINE, "By Oliver Hale", "BBC News, Hereford & Worcester", "", FIRST, "", SAID]
        )
    )
    assert article.outlet == "BBC News"
    assert "Hereford & Worcester" not in article.text


def test_a_place_under_the_byline_names_no_outlet() -> None:
    article = article_from_paste(
        "\n".join([HEADLINE, "By Oliver Hale", "Leominster, Herefordshire", FIRST])
    )
    assert article.outlet == ""


@pytest.mark.parametrize(
    ("credits", "outlet"),
    [
        ("TF1 | Reportage A. Vieira, C. Devaux", "TF1"),
        ("BFMTV | Images : Paul Roux", "BFMTV"),
        ("Reporting by Anna Lee; Editing by Tom Hale", ""),
    ],
)
def test_the_credits_name_the_outlet(credits: str, outlet: str) -> None:
    article = article_from_paste(
        "\n".join(
            ["Montée des eaux : les maires en première ligne", "", "L'eau se retire.", "", credits]
        )
    )
    assert article.outlet == outlet
    assert credits not in article.text


def _saved_page(under_headline: str) -> str:
    return (
        "<html><head><title>Parents speak at board meeting</title>"
        '<meta property="article:published_time" content="2018-09-17T21:40:00-05:00">'
        "</head><body><article><h1>Parents speak at board meeting</h1>"
        f"<p>{under_headline}</p>"
        "<p>Emotions ran high at a school board meeting on Monday night.</p>"
        "<p>“We heard you loud and clear,” said Rusty Norman, board president.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("line", ["Sep 17, 2018", "September 17, 2018", "Monday, Sep 17, 2018"])
def test_a_saved_page_s_own_date_under_its_headline_goes(line: str) -> None:
    article = article_from_html(_saved_page(line))
    assert article.date == "2018-09-17"
    assert "2018" not in article.text


def test_another_date_under_a_saved_page_s_headline_is_the_article_s() -> None:
    article = article_from_html(_saved_page("Saturday, October 12, 2018"))
    assert "October 12, 2018" in article.text
