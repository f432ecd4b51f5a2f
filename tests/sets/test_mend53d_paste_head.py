"""A pasted page's head stays apart, and its links and share bar go, whatever their shape
(mend53d, review53's faults 10 and 11).

A web page's copy gives one line per paragraph above its body: rubric, headline, standfirst,
publication line or byline. The paste's cleaning took the rubric and the page lines out, and
the headline and the standfirst, left alone above the first blank line, read as one
hard-wrapped paragraph. « Voir aussi : … » ending on a full stop, and a share bar split over
two lines (« Partager », then the networks), were kept as article text.
"""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste

HEADLINE = "Le marché couvert de Quimper a rouvert"
STANDFIRST = "Les commerçants retrouvent leurs étals sous une charpente refaite à neuf"
DATED = "Publié le samedi 14 mars 2026 à 09:30"
BYLINE = "Par Yves Le Bihan, correspondant"
BODY = (
    "Les premiers clients sont arrivés dès sept heures, selon la mairie.",
    "« On a tenu bon pendant deux ans », a confié une fromagère, Anne Caradec.",
)


def _paste(*head: str, tail: tuple[str, ...] = ()) -> str:
    """The head one line per paragraph, then the body's paragraphs set apart by blank lines."""
    return "\n".join(head) + "\n\n" + "\n\n".join((*BODY, *tail))


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_a_rubric_taken_out_leaves_the_headline_and_standfirst_apart() -> None:
    article = article_from_paste(_paste("Économie", HEADLINE, STANDFIRST, DATED))
    assert article.title == HEADLINE
    assert _paragraphs(article.text)[:3] == [HEADLINE, STANDFIRST, BODY[0]]


def test_a_byline_taken_out_leaves_the_headline_and_standfirst_apart() -> None:
    article = article_from_paste(_paste(HEADLINE, STANDFIRST, BYLINE))
    assert _paragraphs(article.text)[:3] == [HEADLINE, STANDFIRST, BODY[0]]


def test_a_head_line_in_small_letters_goes_on_the_sentence_above() -> None:
    head = (
        "Économie",
        HEADLINE,
        "Les commerçants retrouvent leurs étals",
        "sous une charpente refaite à neuf",
    )
    article = article_from_paste(_paste(*head, DATED))
    assert _paragraphs(article.text)[1] == STANDFIRST


def test_a_head_nothing_was_taken_from_is_read_as_before() -> None:
    wrapped = "Le marché couvert de Quimper a rouvert samedi après deux ans de\ntravaux."
    article = article_from_paste(wrapped + "\n\n" + "\n\n".join(BODY))
    assert _paragraphs(article.text)[0] == wrapped.replace("\n", " ")


def test_a_see_also_link_goes_whatever_it_ends_on() -> None:
    link = "Voir aussi : notre dossier sur les halles de Cornouaille."
    article = article_from_paste(_paste(HEADLINE, DATED, tail=(link, "La suite au printemps.")))
    assert link not in article.text
    assert "La suite au printemps." in article.text


def test_a_read_more_link_goes_whatever_it_ends_on() -> None:
    link = "Read more: how the market hall was rebuilt."
    article = article_from_paste(_paste(HEADLINE, DATED, tail=(link, "Stalls open at seven.")))
    assert link not in article.text


def test_another_page_word_with_a_sentence_is_still_kept() -> None:
    line = "Abonnez-vous : la mairie propose une carte aux habitués."
    article = article_from_paste(_paste(HEADLINE, DATED, tail=(line,)))
    assert line in article.text


def test_a_share_bar_over_two_lines_goes() -> None:
    article = article_from_paste(_paste(HEADLINE, DATED, tail=("Partager", "Facebook Twitter")))
    assert "Partager" not in article.text
    assert "Facebook" not in article.text
    assert article.text.endswith(BODY[-1])


def test_a_network_named_in_a_sentence_at_the_end_is_kept() -> None:
    line = "La mairie publiera les horaires sur Facebook."
    article = article_from_paste(_paste(HEADLINE, DATED, tail=(line,)))
    assert line in article.text
