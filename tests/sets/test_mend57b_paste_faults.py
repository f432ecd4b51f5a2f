"""A pasted page's head and tail as review57b found them after teacher57: a headline holding
« > » is no breadcrumb, a breadcrumb goes without a « Publié le » line under the headline, a
last line opening on « Images » or "Produced by" is the article's unless it credits someone,
a name under « Par la rédaction » or one the article names again stays, a sentence opening on
« De notre envoyé spécial à Kyiv » stays, and a date alone under a saved page's or a Word
file's headline is an event's (mend57b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.reading import article_from_html, article_from_paste, read_article
from tests.sets.paste_cases import pasted_text

HEADLINE = "Un marché couvert rouvre ses portes à Lanvallay"
BODY = (
    "Les commerçants ont retrouvé leurs étals mardi matin.\n"
    "« Nous attendions ce jour depuis deux ans », raconte Odile Quéré, fromagère."
)
EN_BODY = "Prices rose again in March.\nThe bank said it would act on Thursday."


@pytest.mark.parametrize(
    ("paste", "headline"),
    [
        (
            "Accueil\nActualités\nLe CAC 40 > 8 000 points pour la première fois\n"
            f"Publié le 14 septembre 2026 à 13h25\n{BODY}",
            "Le CAC 40 > 8 000 points pour la première fois",
        ),
        (
            "Home\nNews\nInflation > 5% for a third month in a row\n"
            f"Published 3 March 2026, 10:12\n{EN_BODY}",
            "Inflation > 5% for a third month in a row",
        ),
    ],
)
def test_a_headline_holding_a_greater_than_sign_is_no_breadcrumb(paste: str, headline: str) -> None:
    article = article_from_paste(paste)
    assert article.title == headline
    assert article.text.startswith(headline)


@pytest.mark.parametrize("crumb", ["Accueil > Info > Régions", "Sport › Football"])
def test_a_breadcrumb_on_top_goes_with_no_publication_line(crumb: str) -> None:
    article = article_from_paste(f"{crumb}\n{HEADLINE}\n{BODY}")
    assert article.title == HEADLINE
    assert crumb not in article.text
    assert article.text.startswith(HEADLINE)


@pytest.mark.parametrize(
    "line",
    [
        "Images from the drone show the damage",
        "Images satellites de la zone inondée",
        "Reportage photo en pages 4 et 5",
        "Produced by local farmers since 1850",
    ],
)
def test_a_last_line_opening_on_a_credit_word_but_crediting_no_one_stays(line: str) -> None:
    assert line in pasted_text(HEADLINE, BODY, line)


@pytest.mark.parametrize("credits", ["Images : AFP", "Images | France 3", "Produced by Anna Lee"])
def test_a_credit_word_before_a_colon_a_bar_or_a_name_is_still_credits(credits: str) -> None:
    assert credits not in pasted_text(HEADLINE, BODY, credits)


def test_a_name_under_a_byline_naming_no_reporter_stays() -> None:
    article = article_from_paste(f"{HEADLINE}\nPar la rédaction\nEmmanuel Macron\n{BODY}")
    assert "Emmanuel Macron" in article.text
    assert "rédaction" not in article.text


def test_a_name_the_article_gives_again_is_its_subject() -> None:
    body = "Marine Le Pen a parlé une heure devant ses militants.\n" + BODY
    article = article_from_paste(f"{HEADLINE}\nDe : notre envoyé spécial\nMarine Le Pen\n{body}")
    assert article.text.count("Marine Le Pen") == 2


def test_two_reporters_under_a_plural_role_go_with_it() -> None:
    paste = f"{HEADLINE}\nDe nos envoyés spéciaux à Gaza\nAnne Roux et Paul Vidal\n{BODY}"
    article = article_from_paste(paste)
    assert "Anne Roux" not in article.text and "envoyés" not in article.text
    assert "Odile Quéré" in article.text


def test_a_sentence_opening_on_a_role_and_a_place_stays() -> None:
    line = "De notre envoyé spécial à Kyiv nous parviennent des images terribles"
    assert line in article_from_paste(f"{HEADLINE}\n{line}\n\n{BODY}").text


EVENT = "Samedi 12 octobre 2026 à 20h30"


def test_a_saved_page_keeps_an_event_date_under_its_headline() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in [EVENT, *BODY.split("\n")])
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{paragraphs}</article></body></html>"
    )
    assert EVENT in article_from_html(html).text


def test_a_word_file_keeps_an_event_date_under_its_headline(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in [HEADLINE, EVENT, *BODY.split("\n")]:
        document.add_paragraph(paragraph)
    document.save(tmp_path / "article.docx")
    assert EVENT in read_article(tmp_path / "article.docx").text
