"""A heading of links and the links under it at a paste's end both go (paste52).

« Sur le même sujet », "Related", « Lire aussi » alone on a line, then a link's headline: the
browser's copy took them from below the article, and the headline stayed its last paragraph
(the heading alone was the only case left out). A heading followed by a sentence, or inside
the article, is kept.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_html, article_from_paste

FR = "La cantine ferme\n\nLa cantine du collège fermera à la rentrée, a annoncé le maire mardi."
EN = "Canteen to close\n\nThe school's canteen will close in September, the council said."


@pytest.mark.parametrize(
    ("article", "tail"),
    [
        (FR, "Sur le même sujet\n\nRiom : une famille relogée après l'incendie de son immeuble"),
        (FR, "Lire aussi :\nRiom, une famille relogée\nClermont : le maire défend son budget"),
        (FR, "À lire également\n\nLe collège rouvrira-t-il en septembre ?"),
        (EN, "Related\n\nOfsted chief warns of teacher shortages in maths"),
        (EN, "Related stories\nHeads warn of cuts\n\n'We were not consulted', say parents"),
    ],
)
def test_a_heading_and_its_links_at_the_end_go(article: str, tail: str) -> None:
    assert article_from_paste(f"{article}\n\n{tail}").text == article


@pytest.mark.parametrize(
    "tail",
    [
        "Related\n\nThe council will meet again on Friday to decide.",
        "Lire aussi\n\nLe maire a promis une réponse avant la fin du mois !",
    ],
)
def test_a_heading_before_a_sentence_is_kept(tail: str) -> None:
    assert "\n\n".join(tail.split("\n\n")[1:]) in article_from_paste(f"{EN}\n\n{tail}").text


def test_a_heading_inside_the_article_is_kept() -> None:
    middle = "Related\n\nHeads warn of cuts\n\nThe council will meet again on Friday to decide."
    assert "Heads warn of cuts" in article_from_paste(f"{EN}\n\n{middle}").text


BODY = "".join(
    f"<p>Le feu est parti du local à poubelles vers quatorze heures, paragraphe {n}, et les "
    "flammes ont gagné les étages en quelques minutes, ont raconté plusieurs voisins.</p>"
    for n in range(4)
)


@pytest.mark.parametrize(
    "tail",
    [
        "<p>Lire aussi</p><p>Riom : une famille relogée après un incendie</p>",
        "<p><strong>Sur le même sujet</strong></p><p><a href='/x'>Riom : une famille</a></p>",
    ],
)
def test_a_saved_page_loses_them_too(tail: str) -> None:
    page = (
        "<html><head><title>Un immeuble</title></head><body><article><h1>Un immeuble</h1>"
        f"<div class='article-body'>{BODY}{tail}</div></article></body></html>"
    )
    assert article_from_html(page).text.endswith("ont raconté plusieurs voisins.")
