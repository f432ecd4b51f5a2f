"""Reading an article from .txt, a saved web page and a Word file: the text, paragraphs kept,
and what the page says of its title, outlet and date; bad files get a typed error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.sets.articles import reading as articles
from quizapp.sets.articles.reading import ArticleError, paragraphs, read_article

PAGE = """<!DOCTYPE html><html lang="fr"><head>
<title>Piste cyclable : le projet divise - Le Courrier</title>
<meta property="og:site_name" content="Le Courrier de Belleville">
<meta property="og:title" content="Piste cyclable : le projet divise Belleville">
<meta property="article:published_time" content="2026-03-12T08:00:00+01:00">
<link rel="canonical" href="https://example.org/piste"></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/sport">Sport et loisirs</a></li></ul></nav>
<div class="advert">Publicité : offre spéciale abonnement</div>
<article><h1>Piste cyclable : le projet divise Belleville</h1>
<p>Le conseil municipal a voté mardi soir la création d'une piste cyclable sur l'avenue du Lac,
une décision attendue depuis des années par les associations de cyclistes de la ville.</p>
<figure><img src="a.jpg"><figcaption>La maire lors du vote. Photo: Agence</figcaption></figure>
<p>« Nous tenons enfin une promesse faite aux familles », a déclaré la maire, Claire Martin,
devant une salle comble et des opposants venus en nombre.</p>
<p>Selon un agent des services techniques, le chantier coûtera deux fois plus que prévu.
Certains commerçants craignent de perdre leurs clients pendant les travaux.</p>
</article><footer>© 2026 Le Courrier — Mentions légales</footer></body></html>"""


def test_a_saved_web_page_gives_its_article_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Piste cyclable : le projet divise Belleville"
    assert article.outlet == "Le Courrier de Belleville"
    assert article.date == "2026-03-12"
    assert article.url == "https://example.org/piste"
    assert "« Nous tenons enfin une promesse faite aux familles »" in article.text
    for boilerplate in ("Accueil", "Publicité", "Photo: Agence", "Mentions légales"):
        assert boilerplate not in article.text
    assert "\n\n" in article.text  # paragraphs kept, one blank line between them
    assert article.text.count("\n\n") >= 2


def test_a_text_file_keeps_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Titre\r\n\r\nUne ligne\r\ncoupée.\r\n\r\nFin.".encode())
    article = read_article(path)
    assert article.text == "Titre\n\nUne ligne coupée.\n\nFin."
    assert article.title == "Titre"
    assert paragraphs("Un.\nDeux  trois\n") == "Un.\n\nDeux trois"


def test_a_text_file_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Élan à côté".encode("cp1252"))
    assert read_article(path).text == "Élan à côté"


def test_a_word_document_gives_its_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Le titre"
    for line in ("Premier paragraphe.", "", "« Une citation », dit-elle."):
        document.add_paragraph(line)
    path = tmp_path / "a.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.title == "Le titre"
    assert article.text == "Premier paragraphe.\n\n« Une citation », dit-elle."


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.pdf", b"%PDF", "kind"),
        ("a.docx", b"not a zip", "bad_docx"),
        ("a.html", b"<html><head><title>t</title></head><body></body></html>", "no_text"),
    ],
)
def test_bad_files_get_a_typed_error(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.kind == kind


def test_too_large_and_non_regular_files_are_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 10)
    big = tmp_path / "big.txt"
    big.write_text("x" * 11)
    with pytest.raises(ArticleError) as caught:
        read_article(big)
    assert caught.value.kind == "too_large"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ArticleError) as caught:
        read_article(folder)
    assert caught.value.kind == "not_file"
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        with pytest.raises(ArticleError) as caught:
            read_article(fifo)  # never blocks waiting for a writer
        assert caught.value.kind == "not_file"
    with pytest.raises(ArticleError) as caught:
        read_article(tmp_path / "missing.txt")
    assert caught.value.kind == "unreadable"


# ----- teacher13: the outlet a file tells, proposed to the draft -----

BARE_PAGE = PAGE.replace(
    '<meta property="og:site_name" content="Le Courrier de Belleville">\n', ""
).replace('<link rel="canonical" href="https://example.org/piste">', "")


def test_a_page_with_no_site_name_gives_the_one_its_title_ends_on(tmp_path: Path) -> None:
    page = BARE_PAGE.replace(
        "<title>Piste cyclable : le projet divise - Le Courrier</title>",
        "<title>Piste cyclable : le projet divise Belleville | Le Courrier</title>",
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(path).outlet == "Le Courrier"


def test_a_page_saved_by_a_browser_gives_its_address_and_site(tmp_path: Path) -> None:
    page = "<!-- saved from url=(0040)https://www.courrier-belleville.fr/piste -->\n" + BARE_PAGE
    page = page.replace("- Le Courrier</title>", "</title>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.url == "https://www.courrier-belleville.fr/piste"
    assert article.outlet == "courrier-belleville.fr"


def test_the_address_a_browser_wrote_is_read_as_the_page_writes_it(tmp_path: Path) -> None:
    """« &amp; » in the saved address is « & » (the review of teacher13's walk-through)."""
    address = "https://www.courrier-belleville.fr/piste?id=4&amp;page=2"
    page = f"<!-- saved from url=(0052){address} -->\n" + BARE_PAGE
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(path).url == "https://www.courrier-belleville.fr/piste?id=4&page=2"


def test_a_word_document_s_properties_give_the_web_address_and_its_site(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Premier paragraphe.")
    document.core_properties.identifier = "https://www.lemonde.fr/politique/article.html"
    path = tmp_path / "a.docx"
    document.save(str(path))
    article = read_article(path)
    assert (article.outlet, article.url) == (
        "lemonde.fr",
        "https://www.lemonde.fr/politique/article.html",
    )


def test_a_word_document_s_hyperlink_base_gives_the_site(tmp_path: Path) -> None:
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Premier paragraphe.")
    plain = tmp_path / "plain.docx"
    document.save(str(plain))
    assert read_article(plain).outlet == ""  # nothing said: nothing proposed
    based = tmp_path / "based.docx"
    app = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats'
        '.org/officeDocument/2006/extended-properties"><HyperlinkBase>https://www.20min.ch/'
        "</HyperlinkBase></Properties>"
    )
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(based, "w") as target:
        for item in source.infolist():
            if item.filename != "docProps/app.xml":
                target.writestr(item, source.read(item.filename))
        target.writestr("docProps/app.xml", app)
    assert read_article(based).outlet == "20min.ch"


def test_pasted_text_proposes_no_outlet() -> None:
    assert articles.article_from_text("Titre\n\nUn texte collé.").outlet == ""


@pytest.mark.parametrize(
    ("line", "outlet", "date", "kept"),
    [
        ("Publié le 2 décembre 2025 - TNTV News", "TNTV News", "2025-12-02", False),
        ("Brighton and Hove News | 21 May 2025", "Brighton and Hove News", "2025-05-21", False),
        ("Le Monde · March 3, 2024", "Le Monde", "2024-03-03", False),
        ("BFMTV – 1er juin 2024 à 10h12", "BFMTV", "2024-06-01", False),
        ("Politique - 2 décembre 2025", "", "2025-12-02", True),  # a section, no outlet
        ("Par Jean Roux | 3 mars 2024", "", "2024-03-03", False),  # a byline, no outlet
        ("Le maire a démissionné le 2 mars 2024.", "", "", True),  # a sentence of the article
        ("Un texte sans date - Le Monde", "", "", True),
    ],
)
def test_a_pasted_dateline_gives_the_outlet_and_the_date(
    tmp_path: Path, line: str, outlet: str, date: str, kept: bool
) -> None:
    """teacher16: « Publié le 2 décembre 2025 - TNTV News » under the headline of her .txt,
    and "Brighton and Hove News | 21 May 2025" in her Word file, left « Média » and « Date »
    empty; the Word file had given its link's host as the outlet (teacher15). The Word file's
    text leaves out a byline or a line of labels only (ui46); the .txt keeps its line."""
    import docx

    text = f"Le titre\n\n{line}\n\nPremier paragraphe. Deuxième phrase."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert (read_article(path).outlet, read_article(path).date) == (outlet, date)
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.core_properties.identifier = "https://www.example.org/article.html"
    saved = tmp_path / "a.docx"
    document.save(str(saved))
    article = read_article(saved)
    assert (article.outlet, article.date) == (outlet or "example.org", date)
    assert (line in article.text) is kept
    assert line in read_article(path).text
