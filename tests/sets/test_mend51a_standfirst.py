"""A saved page's standfirst is taken only when it is the article's own (review51 F1).

teacher51's reader took the first element anywhere named « lead », « intro », « summary »,
« description »… above the body: a consent banner, a subscription promo, another article's
teaser, the author's box, the site's tagline were put into the article above its headline and
drafted into questions. Now the standfirst must follow the article's headline closely, inside
its article container, outside anything named as page furniture. Hand-made pages, French and
English; teacher51's own tests (test_teacher51_standfirst.py) keep the pages that have one.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_html
from quizapp.sets.articles.standfirst import standfirst, with_standfirst

FR_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Le maire Paul Martin a présenté mardi soir le budget de la commune devant le conseil "
        "municipal réuni en séance publique.",
        "« Nous ne lèverons pas les impôts cette année », a-t-il assuré devant une salle comble "
        "et attentive.",
        "L'opposition a dénoncé un budget de façade, selon son chef de file Marc Leroy, qui "
        "votera contre le texte.",
    )
)
EN_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The county council approved three new bus lanes on Tuesday evening after a long debate "
        "in a packed chamber.",
        "“We will not raise council tax this year,” the council leader, Mary Jones, told "
        "members before the vote.",
        "The opposition called the plan a gimmick and said it would vote against the budget in "
        "April.",
    )
)
FR_LEAD = (
    "Le conseil municipal a examiné le budget mardi soir, et la majorité l'a défendu face à une "
    "opposition très remontée, selon les élus présents."
)
EN_LEAD = (
    "Councillors backed the bus lanes after two hours of debate, but the opposition says the "
    "money would be better spent on roads, according to its leader."
)
FURNITURE = "Nous et nos partenaires utilisons des cookies pour mesurer l'audience de ce site web."
EN_FURNITURE = "Sign up to our daily newsletter and get the top stories of the day in your inbox."


def _page(
    top: str = "", before: str = "", *, body: str = FR_BODY, h1: str = "Le budget voté"
) -> str:
    return (
        f"<html><head><title>{h1}</title></head><body>{top}<article>"
        f"<h1>{h1}</h1>{before}{body}</article><footer>© 2026</footer></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    return article_from_html(html).text.split("\n\n")


def _found(html: str, body: str = FR_BODY) -> str:
    """The standfirst read from ``html`` for the extracted text of ``body``."""
    text = "\n".join(p.removeprefix("<p>") for p in body.split("</p>") if p)
    return standfirst(html, text)[0]


@pytest.mark.parametrize(
    "top, before",
    [
        (
            "<header><p class='site-description'>Toute l'actualité de votre région, chaque jour, "
            "sur votre écran</p></header>",
            "",
        ),
        (f"<div class='promo'><p class='lead'>{FURNITURE}</p></div>", ""),
        (f"<div class='une'><h2>À la une</h2><div class='summary'>{FURNITURE}</div></div>", ""),
        ("", f"<div class='author'><span class='author-description'>{FURNITURE}</span></div>"),
        (f"<div id='consent'><p class='cookie-intro'>{FURNITURE}</p><button>OK</button></div>", ""),
    ],
)
def test_review51s_pages_keep_their_headline_then_their_body(top: str, before: str) -> None:
    """review51's five pages: the furniture was put above the headline and drafted."""
    paragraphs = _paragraphs(_page(top, before))
    assert paragraphs[0] == "Le budget voté"
    assert paragraphs[1].startswith("Le maire Paul Martin")
    assert _found(_page(top, before)) == ""


@pytest.mark.parametrize(
    "before",
    [
        f"<div class='abonnement'><p class='chapo'>{FURNITURE}</p></div>",
        f"<section class='related-articles'><p class='summary'>{FURNITURE}</p></section>",
        f"<div role='navigation'><p class='accroche'>{FURNITURE}</p></div>",
    ],
)
def test_french_furniture_under_the_headline_is_not_taken(before: str) -> None:
    assert _found(_page(before=before)) == ""


@pytest.mark.parametrize(
    "before",
    [
        f"<div class='newsletter-signup'><p class='intro'>{EN_FURNITURE}</p></div>",
        f"<div class='byline'><p class='description'>{EN_FURNITURE}</p></div>",
        f"<nav class='menu'><p class='lead'>{EN_FURNITURE}</p></nav>",
    ],
)
def test_english_furniture_under_the_headline_is_not_taken(before: str) -> None:
    html = _page(before=before, body=EN_BODY, h1="Bus lanes approved")
    assert _found(html, EN_BODY) == ""


def test_a_standfirst_above_the_headline_or_outside_its_article_is_not_taken() -> None:
    above = f"<html><body><article><p class='chapo'>{FR_LEAD}</p><h1>Le budget voté</h1>{FR_BODY}"
    outside = f"<html><body><div class='lead'>{EN_LEAD}</div><article><h1>Bus</h1>{EN_BODY}"
    assert _found(above + "</article></body></html>") == ""
    assert _found(outside + "</article></body></html>", EN_BODY) == ""


def test_a_page_without_a_headline_gets_no_standfirst() -> None:
    html = f"<html><body><article><p class='chapo'>{FR_LEAD}</p>{FR_BODY}</article></body></html>"
    assert _found(html) == ""


def test_a_named_element_far_below_the_headline_is_not_its_standfirst() -> None:
    far = "<p>" + " ".join(["Publicité"] * 45) + "</p>"
    html = _page(before=f"{far}<p class='intro'>{FR_LEAD}</p>")
    assert _found(html) == ""
    assert _found(_page(before=f"<p class='intro'>{FR_LEAD}</p>")) == FR_LEAD


def test_the_articles_own_standfirst_follows_its_headline_in_french_and_english() -> None:
    link = "<a href='/x'>À lire aussi : un autre sujet</a>"
    fr = _page(before=f"{link}<p class='chapo'>{FR_LEAD}</p>")
    en = _page(before=f"<p class='dek'>{EN_LEAD}</p>", body=EN_BODY, h1="Bus lanes approved")
    for html, lead, body in ((fr, FR_LEAD, FR_BODY), (en, EN_LEAD, EN_BODY)):
        paragraphs = _paragraphs(html)
        at = paragraphs.index(lead)
        assert paragraphs[at + 1].startswith(body[3:30])
        assert all(lead not in p for p in paragraphs[at + 1 :])


def test_the_standfirst_goes_under_the_headline_line_when_the_body_opens_with_it() -> None:
    html = _page(before=f"<p class='chapo'>{FR_LEAD}</p>")
    body = "Le budget voté\nLe maire Paul Martin a présenté mardi soir le budget."
    assert with_standfirst(html, body).split("\n\n")[:2] == ["Le budget voté", FR_LEAD]
