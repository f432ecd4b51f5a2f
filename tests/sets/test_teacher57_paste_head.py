"""A pasted page's head as a teacher copies it (teacher57): « De : notre envoyé spécial » is
the page's byline, a « Publié le … » line above the headline dates the article and never
titles it, and a breadcrumb (« Accueil > Info > Régions ») is the site's menu."""

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


@pytest.mark.parametrize(
    "byline",
    [
        "De : notre envoyé spécial",
        "De notre envoyé spécial à Lanvallay",
        "De notre correspondante à Dinan, Lise Tanguy",
        "De : notre envoyée spéciale à Rennes (Ille-et-Vilaine)",
        "From our correspondent in Brittany",
    ],
)
def test_a_from_byline_is_left_out(byline: str) -> None:
    text = pasted_text(HEADLINE, byline, BODY)
    assert byline not in text
    assert text.startswith(HEADLINE)
    assert "Odile Quéré" in text


def test_the_name_under_a_role_byline_goes_with_it() -> None:
    article = article_from_paste(f"{HEADLINE}\nDe : notre envoyé spécial\nYann Kerhervé\n{BODY}")
    assert "Yann Kerhervé" not in article.text
    assert "envoyé" not in article.text


def test_a_sentence_opening_on_de_is_kept() -> None:
    line = "De notre envoyé spécial, on ne sait rien"
    article = article_from_paste(f"{HEADLINE}\n{line}\n{BODY}")
    assert line in article.text
    other = "De Gaulle à Lanvallay"
    assert other in article_from_paste(f"{HEADLINE}\n{other}\n{BODY}").text


def test_a_publication_line_above_the_headline_never_titles_it() -> None:
    paste = f"Publié le 14 septembre 2026 à 13h25\n{HEADLINE}\nDe : notre envoyé spécial\n{BODY}"
    article = article_from_paste(paste)
    assert article.title == HEADLINE
    assert article.date == "2026-09-14"
    assert "Publié" not in article.text


def test_a_breadcrumb_above_the_headline_is_the_menu() -> None:
    paste = f"Accueil > Info > Régions\n{HEADLINE}\nPublié le 14 septembre 2026 à 13h25\n{BODY}"
    article = article_from_paste(paste)
    assert article.title == HEADLINE
    assert "Accueil" not in article.text


def test_a_plural_from_byline_is_left_out() -> None:
    line = "De nos envoyés spéciaux à Dinan, Lise Tanguy et Marc Le Goff"
    article = article_from_paste(f"{HEADLINE}\n{line}\n{BODY}")
    assert "envoyés" not in article.text


def test_a_word_file_leaves_out_its_byline_and_publication_line(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in [
        HEADLINE,
        "De notre envoyée spéciale à Dinan",
        "Publié le 3 mars 2026",
        *BODY.split("\n"),
    ]:
        document.add_paragraph(paragraph)
    document.save(tmp_path / "article.docx")
    article = read_article(tmp_path / "article.docx")
    assert "envoyée" not in article.text and "Publié" not in article.text
    assert article.date == "2026-03-03"
    assert "Odile Quéré" in article.text


def test_a_saved_page_leaves_out_its_publication_line() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.split("\n"))
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>Publié le 3 mars 2026 à 10h12</p>{paragraphs}</article></body></html>"
    )
    article = article_from_html(html)
    assert "Publié" not in article.text
    assert "Odile Quéré" in article.text


@pytest.mark.parametrize(
    "credits",
    [
        "TF1 | Reportage Y. Chambon, N. Forestier",
        "Reportage : L. Tanguy, M. Le Goff",
        "Reporting by Anna Lee; Editing by Tom Hale",
    ],
)
def test_a_report_credits_line_at_the_end_is_left_out(credits: str) -> None:
    text = pasted_text(HEADLINE, BODY, credits)
    assert credits not in text
    assert text.endswith("fromagère.")


def test_a_sentence_on_a_report_at_the_end_is_kept() -> None:
    line = "Reportage diffusé mardi soir, le film sera suivi d'un débat."
    assert line in article_from_paste(f"{HEADLINE}\n{BODY}\n{line}").text
