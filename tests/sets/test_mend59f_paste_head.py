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
