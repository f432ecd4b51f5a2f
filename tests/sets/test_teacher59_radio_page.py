"""teacher59: a French public radio's local page as a teacher copies it with Ctrl+A. The
byline's « Par » stands alone on its line, the reporter's name (a link) on the next, the
station's name under it: « Par » read as no byline, the station's line was taken for the
headline (« Titre de l'article » and the set's title), the real headline dropped as the site's
menu, « Média » left empty. A picture's alt text and its caption ending on « © Radio France -
… » with no full stop before the sign stayed in the text, and so did « Publicité » alone
between two paragraphs, where the page had shown an advertisement."""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste

HEADLINE = "« On se sent abandonnés » : le village de Vern perd sa dernière boulangerie"
FIRST = "La boulangerie de Vern n'a pas rouvert après l'été, à la surprise des habitants."
SAID = "« Nous cherchons un repreneur », assure Claire Moreau, adjointe au maire."
ALT = "Un panneau indique le dépôt de pain installé à l'épicerie"


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _head(*after_byline: str) -> str:
    return _paste(
        "Aller au contenu",
        "Publicité",
        HEADLINE,
        "Par",
        "Julien Perrot",
        "France Bleu Armorique",
        "Publié le jeudi 5 septembre 2024 à 6:45",
        *after_byline,
    )


def test_par_alone_above_the_name_is_the_byline_and_the_headline_stays() -> None:
    article = article_from_paste(_head(FIRST, SAID))
    assert article.title == HEADLINE
    assert article.date == "2024-09-05"
    assert article.outlet == "France Bleu Armorique"
    assert "Julien Perrot" not in article.text
    assert article.text.startswith(HEADLINE)
    assert FIRST in article.text


def test_a_caption_ending_on_its_copyright_goes_with_its_alt_text() -> None:
    article = article_from_paste(_head(FIRST, ALT, f"{ALT} © Radio France - Julien Perrot", SAID))
    assert ALT not in article.text
    assert "©" not in article.text
    assert SAID in article.text


def test_an_advertisement_s_label_between_paragraphs_goes() -> None:
    article = article_from_paste(_head(FIRST, "Publicité", SAID))
    assert "Publicité" not in article.text
    assert FIRST in article.text and SAID in article.text


def test_par_alone_before_a_sentence_stays() -> None:
    """Guard: « Par » alone followed by no reporter's name joins nothing."""
    text = _paste(HEADLINE, "Par", "Le conseil municipal a voté mardi la reprise des murs.", SAID)
    article = article_from_paste(text)
    assert "Le conseil municipal a voté mardi la reprise des murs." in article.text


def test_a_sentence_with_a_copyright_sign_and_advertising_word_stays() -> None:
    """Guard: « © » inside a sentence ending on a full stop, and « publicité » in a
    sentence, are the article's."""
    mark = "Le logo de la commune porte la mention © Ville de Vern depuis 2019."
    advert = "La publicité pour le dépôt de pain a été affichée partout."
    article = article_from_paste(_paste(HEADLINE, FIRST, mark, advert, SAID))
    assert mark in article.text and advert in article.text
