"""polish53: a saved web page and a Word file leave out the « Lire aussi : … » lines a
regional page sets between its paragraphs, as a paste does (teacher53's rule); a page word
with no colon opens a sentence of the article, which stays."""

from __future__ import annotations

from pathlib import Path

import docx

from quizapp.sets.articles.reading import read_article

HEADLINE = "Le pont de la Savoureuse fermé après une crue"
FIRST = (
    "Le vieux pont de pierre est fermé aux voitures depuis mardi matin, après une crue qui a "
    "emporté une partie de son parapet pendant la nuit."
)
LINK = "Lire aussi : Valdoie, la salle des fêtes rouvre après deux ans de travaux"
SECOND = (
    "« Nous ne prendrons aucun risque avec les écoliers », explique la maire, qui attend "
    "l'avis d'un expert avant la fin de la semaine."
)
KEPT = "Lire aussi les témoignages des riverains, qui ont vu l'eau monter dans la nuit."


def _word_file(folder: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = folder / "article.docx"
    document.save(str(path))
    return path


def _web_page(folder: Path, lines: list[str]) -> Path:
    body = "".join(f"<p>{line}</p>" for line in lines)
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{body}</article></body></html>"
    )
    path = folder / "article.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_a_word_file_loses_the_link_between_paragraphs(tmp_path: Path) -> None:
    article = read_article(_word_file(tmp_path, [HEADLINE, FIRST, LINK, SECOND, KEPT]))
    assert LINK not in article.text
    assert FIRST in article.text and SECOND in article.text and KEPT in article.text


def test_a_saved_page_loses_the_link_between_paragraphs(tmp_path: Path) -> None:
    article = read_article(_web_page(tmp_path, [FIRST, LINK, SECOND, KEPT, FIRST]))
    assert LINK not in article.text
    assert SECOND in article.text and KEPT in article.text
