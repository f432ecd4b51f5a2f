"""mend59f: review59b's paste faults in teacher59's reading of a radio page. A « © » inside a
short line (a headline naming a brand, a paragraph with no full stop) deleted the whole line
as a picture's caption; only a credit naming its owner, or a caption repeating its alt text,
is one."""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste

HEADLINE = "Le Scrabble © fête ses 75 ans à Vern"
FIRST = "Le club de Vern a réuni samedi une centaine de joueurs, venus de toute la Bretagne."
SAID = "« Nous jouons tous les mardis depuis trente ans », raconte Anne Colin, sa présidente."


def _paste(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _head(headline: str, *after_byline: str) -> str:
    return _paste(
        "Aller au contenu",
        headline,
        "Par",
        "Julie Martin",
        "France Bleu Armorique",
        "Publié le jeudi 5 septembre 2024 à 6:45",
        *after_byline,
    )


def test_a_headline_with_a_copyright_sign_stays_the_title() -> None:
    article = article_from_paste(_head(HEADLINE, FIRST, SAID))
    assert article.title == HEADLINE
    assert article.text.startswith(HEADLINE)


def test_a_paragraph_with_a_copyright_sign_and_no_full_stop_stays() -> None:
    rule = "Le règlement précise que chaque photo doit porter la mention © et le nom de son auteur"
    article = article_from_paste(_head("Un concours de photos à Vern", FIRST, rule, SAID))
    assert rule in article.text


def test_a_caption_ending_on_a_named_credit_still_goes() -> None:
    """Guard: « … © Radio France - Julie Martin » names its owner: a caption."""
    caption = "Les joueurs du club de Vern © Radio France - Julie Martin"
    article = article_from_paste(_head(HEADLINE, FIRST, caption, SAID))
    assert "©" not in article.text.replace(HEADLINE, "")


def test_an_english_outlet_between_byline_and_date_is_the_outlet() -> None:
    """ "By" alone, the reporter, then the paper's name with no outlet's word in it: the
    line stayed a paragraph and the outlet was empty."""
    said = '"We have no choice," said councillor Ann Lee.'
    text = _paste(
        "Skip to content",
        "Library to close on Mondays",
        "By",
        "Sarah Jones",
        "Falmouth Packet",
        "Published 3 March 2024",
        "The town library will close on Mondays from April, the council said.",
        said,
    )
    article = article_from_paste(text)
    assert article.outlet == "Falmouth Packet"
    assert "Falmouth Packet" not in article.text
    assert said in article.text


def test_par_alone_in_the_body_joins_nothing() -> None:
    """« Par » then two capitalised words below the article's first paragraph is the
    article's (« Par / Arrêté Municipal »), not a byline: it was joined and dropped."""
    text = _paste(
        HEADLINE, FIRST, "La circulation sera interdite samedi.", "Par", "Arrêté Municipal", SAID
    )
    article = article_from_paste(text)
    assert "Arrêté Municipal" in article.text


def test_an_advertising_subhead_in_an_article_about_advertising_stays() -> None:
    """A lone "Advertising" is a subhead when the article's own words speak of
    advertising; it was deleted as an advertisement's slot."""
    first = "The council voted on Tuesday to ban advertising of junk food on its buses."
    text = _paste(
        "Council bans junk food adverts on buses",
        first,
        "Advertising",
        '"It is about children\'s health," said councillor Ann Lee.',
    )
    article = article_from_paste(text)
    assert "\nAdvertising\n" in f"\n{article.text}\n"
