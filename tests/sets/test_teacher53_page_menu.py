"""The site's menu above a pasted article's headline is left out (teacher53).

A whole page copied (Ctrl+A) opens on the site's navigation: « Retour », a line of region
names, « Changer de région ». « Retour » was the article's headline and the set's title, and
the byline under the real headline stayed a paragraph. The publication line or the byline
under the headline shows where the article starts; what ends no sentence above the headline
goes. Without such a line, or with a sentence above the headline, the text is kept.
"""

from __future__ import annotations

from quizapp.sets.articles.page_menu import without_page_menu
from quizapp.sets.articles.reading import article_from_paste

MENU = (
    "Retour",
    "Bretagne Normandie Occitanie Grand Est Corse Île-de-France",
    "Changer de région",
)
HEADLINE = "Saint-Brieuc : la passerelle du port fermée après une fissure"
PLACE = "Saint-Brieuc"
DATED = "Publié le mardi 3 mars 2026 à 08:15"
BYLINE = "Par Léa Morvan, correspondante"
BODY = (
    "La passerelle restera fermée tout le mois, selon la mairie.",
    "« Nous ne prendrons aucun risque », a déclaré l'adjoint aux travaux, Yann Le Goff.",
)


def _paste(*lines: str) -> str:
    return "\n".join((*lines, *BODY))


def test_the_menu_above_the_headline_leaves_a_paste() -> None:
    article = article_from_paste(_paste(*MENU, HEADLINE, PLACE, DATED, BYLINE))
    assert article.title == HEADLINE
    assert article.date == "2026-03-03"
    assert "Retour" not in article.text
    assert "Changer de région" not in article.text
    assert BYLINE not in article.text
    assert article.text.startswith(HEADLINE)


def test_a_byline_alone_marks_the_headline_too() -> None:
    article = article_from_paste(_paste("Accueil", "Faits divers", HEADLINE, BYLINE))
    assert article.title == HEADLINE
    assert "Accueil" not in article.text


def test_a_paste_from_its_headline_is_unchanged() -> None:
    text = _paste(HEADLINE, "La ville ferme un ouvrage ancien.", DATED)
    assert without_page_menu(text) == text


def test_a_short_headline_is_never_taken_for_the_menu() -> None:
    text = _paste("Démission", DATED)
    assert without_page_menu(text) == text


def test_a_sentence_above_the_headline_keeps_the_text() -> None:
    text = _paste("Le conseil s'est réuni hier soir.", "Retour", HEADLINE, DATED)
    assert without_page_menu(text) == text


def test_no_publication_line_nor_byline_keeps_the_text() -> None:
    text = _paste(*MENU, HEADLINE)
    assert without_page_menu(text) == text


LINK = "Lire aussi : Belfort : des tags sur la façade de la mairie, une plainte déposée"


def test_a_link_between_two_paragraphs_leaves_a_paste() -> None:
    article = article_from_paste("\n".join((HEADLINE, BODY[0], LINK, BODY[1])))
    assert "Lire aussi" not in article.text
    assert article.text == "\n\n".join((HEADLINE, *BODY))


def test_a_sentence_opening_with_a_page_word_is_kept() -> None:
    line = "Lire aussi les témoignages des riverains a pris du temps aux enquêteurs."
    assert line in article_from_paste("\n".join((HEADLINE, BODY[0], line, BODY[1]))).text


def test_a_share_bar_at_the_end_leaves_a_paste() -> None:
    for bar in (
        "Partager sur Facebook Partager sur Twitter Copier le lien",
        "Share on Facebook Share on X Copy link",
    ):
        assert "Facebook" not in article_from_paste("\n".join((HEADLINE, *BODY, bar))).text


def test_a_place_between_the_headline_and_the_byline_goes() -> None:
    for head in ((*MENU, HEADLINE), (HEADLINE,)):
        article = article_from_paste(_paste(*head, PLACE, DATED, BYLINE))
        assert article.text.split("\n\n")[:2] == [HEADLINE, BODY[0]]


def test_a_short_sentence_under_the_headline_is_kept() -> None:
    text = _paste(HEADLINE, "Enfin !", BYLINE)
    assert without_page_menu(text) == text
