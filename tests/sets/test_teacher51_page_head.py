"""The link lines right under a headline are left out of a paste and a saved page (teacher51).

« À lire aussi : Riom : un appartement détruit par les flammes, une famille relogée » between
the headline and the standfirst stayed the article's second paragraph: the page-tail rule
(teacher50) reads only the end, and its incise rule (mend50a) keeps a line ending on « , une
famille relogée ». Under the headline, a page word and a colon make a link's label.
"""

from __future__ import annotations

from quizapp.sets.articles.page_tail import without_page_head, without_page_tail
from quizapp.sets.articles.reading import article_from_html, article_from_paste

HEADLINE = "Un immeuble évacué après un incendie"
STANDFIRST = "Vingt-neuf personnes ont été évacuées lundi, selon les pompiers du département."
BODY = "Le feu est parti du local à poubelles, a expliqué le commandant des secours."


def _paste(*lines: str) -> str:
    return article_from_paste("\n".join((HEADLINE, *lines, STANDFIRST, BODY))).text


def test_a_link_line_under_the_headline_is_left_out_of_a_paste() -> None:
    for line in (
        "À lire aussi : Riom : un appartement détruit par les flammes, une famille relogée",
        "Lire aussi : Incendie à Cournon, deux blessés",
        "Related: Fire in Leeds leaves two hurt",
        "Sur le même sujet : le tramway coupé",
    ):
        text = _paste(line)
        assert line not in text
        assert text == f"{HEADLINE}\n\n{STANDFIRST}\n\n{BODY}"


def test_a_link_below_the_standfirst_goes_too() -> None:
    # teacher53: a page word and a colon make a link's label anywhere below the headline
    lines = (HEADLINE, STANDFIRST, "Lire aussi : Incendie à Cournon", BODY)
    assert "Lire aussi" not in article_from_paste("\n".join(lines)).text


def test_two_links_under_the_headline_go() -> None:
    text = _paste("À lire aussi : Riom, une famille relogée", "Lire aussi : Cournon")
    assert text == f"{HEADLINE}\n\n{STANDFIRST}\n\n{BODY}"


def test_sentences_under_the_headline_are_kept() -> None:
    for line in (
        "Lire aussi les témoignages des habitants a été difficile pour les enquêteurs.",
        "Suivez-nous sur les réseaux sociaux pour connaître la suite, ont-ils écrit",
        "Related: the council said the fire began in a bin store.",
    ):
        assert line in _paste(line)


def test_far_below_the_headline_a_link_line_is_the_tails_to_judge() -> None:
    lines = [HEADLINE, STANDFIRST, BODY, BODY, BODY, BODY, "Lire aussi : Riom, une famille relogée"]
    assert without_page_head("\n".join(lines)) == "\n".join(lines)
    assert without_page_tail("\n".join(lines)) == "\n".join(lines)  # mend50a keeps it


def test_a_saved_pages_body_opening_on_a_link_line_loses_it() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        "<div class='body'><p>À lire aussi : Riom, un appartement détruit, une famille relogée</p>"
        f"<p>{STANDFIRST} {BODY}</p><p>{BODY} {STANDFIRST}</p><p>{BODY}</p></div>"
        "</article></body></html>"
    )
    text = article_from_html(html).text
    assert "À lire aussi" not in text and STANDFIRST in text


def test_a_paste_of_nothing_but_a_link_is_kept() -> None:
    assert without_page_head("Lire aussi : Riom, une famille relogée") == (
        "Lire aussi : Riom, une famille relogée"
    )
