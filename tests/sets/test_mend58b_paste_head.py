"""mend58b: what teacher58's paste reading took that was the article's. A subhead above a
picture's label ("The NHS Response" over "Image caption,") went as an agency's credit, any
word of capitals or a slash counting; a sentence opening on a label word (« Légende, il
l'était devenu… », "Caption: the council wants…") went as a caption's label; an author's
affiliation under the byline ("NHS Trust, West Midlands") and a credits part ("Reportage
A. Vieira | SNCF") filled « Média », any word of capitals counting as an outlet's. Also read
now: a one-word desk ("BBC News, Leeds"), a channel with a figure (« France 2 | Reportage
… »), a saved page's own date on its first line when it has no ``h1``."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_html, article_from_paste
from tests.sets.paste_cases import pasted_text

HEADLINE = "Town council opposes housing estate"
FIRST = 'A town council has "strongly" opposed a planned 118-home estate.'
SAID = 'Richard Stone said: "We understand highway safety is a concern."'


@pytest.mark.parametrize("subhead", ["The NHS Response", "Either/Or Politics"])
def test_a_subhead_above_a_picture_label_is_kept(subhead: str) -> None:
    text = pasted_text(HEADLINE, FIRST, subhead, "Image caption,", "The estate from the road", SAID)
    assert subhead in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Légende, il l'était devenu dès sa première victoire à Paris en 1978.",
        "Légende : c'est ainsi que le maire présente le projet aux habitants.",
        "Caption: the council wants residents to name the new park.",
    ],
)
def test_a_sentence_opening_on_a_label_word_is_kept(sentence: str) -> None:
    assert sentence in pasted_text(HEADLINE, FIRST, sentence, SAID)


@pytest.mark.parametrize(
    "affiliation",
    [
        "NHS Trust, West Midlands",
        "UK Police, North Yorkshire",
        "SNCF Réseau, Hauts-de-France",
        "EDF Hydro, Alpes Maritimes",
    ],
)
def test_an_affiliation_under_the_byline_is_no_outlet(affiliation: str) -> None:
    article = article_from_paste("\n".join([HEADLINE, "By Dr Jane Roe", affiliation, FIRST]))
    assert article.outlet == ""
    assert affiliation in article.text


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("BBC News, Leeds", "BBC News"),
        ("Ouest-France, Rennes", "Ouest-France"),
        ("Sud Ouest, Bordeaux", "Sud Ouest"),
        ("Le Télégramme, Brest", "Le Télégramme"),
    ],
)
def test_an_outlet_before_a_one_word_desk_is_the_outlet(line: str, outlet: str) -> None:
    article = article_from_paste("\n".join([HEADLINE, "By Oliver Hale", line, FIRST]))
    assert article.outlet == outlet
    assert line not in article.text


def _with_credits(credits: str) -> str:
    return "\n".join(
        ["Montée des eaux : les maires en première ligne", "", "L'eau se retire.", "", credits]
    )


@pytest.mark.parametrize(
    "credits", ["Reportage A. Vieira | SNCF", "Reportage A. Vieira | Archives INA"]
)
def test_credits_naming_no_outlet_leave_it_empty(credits: str) -> None:
    assert article_from_paste(_with_credits(credits)).outlet == ""


@pytest.mark.parametrize(
    ("credits", "outlet"),
    [("France 2 | Reportage A. Vieira, C. Devaux", "France 2"), ("M6 | Reportage A. Vieira", "M6")],
)
def test_a_channel_with_a_figure_in_the_credits_is_the_outlet(credits: str, outlet: str) -> None:
    assert article_from_paste(_with_credits(credits)).outlet == outlet


def test_a_saved_page_with_no_headline_loses_its_own_date() -> None:
    article = article_from_html(
        "<html><head><title>Parents speak at board meeting</title>"
        '<meta property="article:published_time" content="2018-09-17T21:40:00-05:00">'
        "</head><body><article><p>Sep 17, 2018</p>"
        "<p>Emotions ran high at a school board meeting on Monday night.</p>"
        "<p>“We heard you loud and clear,” said Rusty Norman, board president.</p>"
        "</article></body></html>"
    )
    assert article.date == "2018-09-17"
    assert "2018" not in article.text
