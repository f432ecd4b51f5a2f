"""A saved page's standfirst (chapô) is the article's first paragraph, not dropped (teacher51).

trafilatura, asked for precision, kept the body and left out the paragraph under the headline,
with the claim and source it held. Hand-made pages: the standfirst by its class, id or
itemprop; nothing taken from the meta description, from below the body, from a list of links
or from an aside; no paragraph given twice.
"""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_html

BODY = (
    "<div class='article-body'>"
    "<p>Le feu est parti du local à poubelles de l'immeuble, au rez-de-chaussée, vers "
    "quatorze heures, et les flammes ont gagné les fenêtres des troisième et quatrième "
    "étages en quelques minutes à peine, ont raconté plusieurs voisins.</p>"
    "<p>« Il a fallu prendre en charge beaucoup de monde en même temps », explique le "
    "commandant des opérations de secours, qui salue le calme des habitants évacués.</p>"
    "<p>Une enquête a été ouverte pour déterminer l'origine du sinistre, a indiqué la "
    "mairie dans un communiqué publié dans la soirée de lundi.</p></div>"
)
STANDFIRST = (
    "Vingt-neuf personnes ont été évacuées lundi d'un immeuble du centre-ville, selon les "
    "pompiers. Huit d'entre elles ont été conduites à l'hôpital."
)


def _page(before: str = "", after: str = "", meta: str = "") -> str:
    return (
        f"<html><head><title>Un immeuble évacué</title>{meta}</head><body><article>"
        f"<h1>Un immeuble évacué après un incendie</h1>{before}{BODY}{after}"
        "</article><footer>© 2026 Le Courrier</footer></body></html>"
    )


def _text(html: str) -> str:
    return article_from_html(html).text


def test_a_chapo_by_its_class_opens_the_article() -> None:
    text = _text(_page(f"<p class='article-chapo'>{STANDFIRST}</p>"))
    assert text.startswith(STANDFIRST + "\n\nLe feu est parti")


def test_a_standfirst_by_its_id_or_itemprop_opens_the_article() -> None:
    for named in ("id='standfirst'", "itemprop='description'", "class='lede intro'"):
        assert _text(_page(f"<div {named}>{STANDFIRST}</div>")).startswith(STANDFIRST)


def test_the_meta_description_is_never_the_standfirst() -> None:
    meta = f"<meta name='description' content=\"{STANDFIRST}\">"
    assert STANDFIRST not in _text(_page(meta=meta))


def test_a_summary_below_the_body_is_not_taken() -> None:
    text = _text(_page(after=f"<div class='summary'>{STANDFIRST}</div>"))
    assert text.startswith("Le feu est parti")


def test_a_list_of_links_or_an_aside_is_not_a_standfirst() -> None:
    links = "<p class='intro'>" + " ".join(f"<a href='/{n}'>{STANDFIRST}</a>" for n in "ab")
    aside = f"<aside><p class='chapo'>{STANDFIRST}</p></aside>"
    for before in (links + "</p>", aside):
        assert _text(_page(before)).startswith("Le feu est parti")


def test_a_short_label_named_intro_is_not_a_standfirst() -> None:
    assert _text(_page("<p class='intro'>Faits divers</p>")).startswith("Le feu est parti")


def test_a_standfirst_the_body_already_holds_is_not_given_twice() -> None:
    html = _page(f"<p class='chapo'>{STANDFIRST}</p>")
    opened = "<div class='article-body'>"
    html = html.replace(opened, f"{opened}<p>{STANDFIRST}</p>")
    assert _text(html).count("Vingt-neuf personnes") == 1
