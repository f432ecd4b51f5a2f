"""review49 on teacher49's Word reader: a text pasted into Word from a PDF or an email (one
Word paragraph per printed line, empty paragraphs between the real ones) was cut at every line
end; an article laid out in a table lost its text; a caption in italics under a picture or in
LibreOffice's « Figure » style was read as a fact; the dateline's article words were code."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.dating import datelines, outlets
from quizapp.sets.articles.reading import read_article

docx = pytest.importorskip("docx")

TITLE = "Le maire défend son projet"
QUOTE = [
    "« Nous allons construire une nouvelle école pour les",
    "enfants du quartier », a déclaré le maire Paul Dubois",
    "lors du conseil municipal de mardi soir.",
]
CLAIM = ["Selon l'opposition, le projet coûtera plus de trois", "millions d'euros à la commune."]


def _png() -> io.BytesIO:
    """A one-pixel picture, enough for Word to hold a drawing."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    return io.BytesIO(data + chunk(b"IEND", b""))


def _save(document: object, folder: Path) -> Path:
    path = folder / "article.docx"
    document.save(str(path))  # type: ignore[attr-defined]
    return path


def _wrapped(folder: Path) -> Path:
    document = docx.Document()
    for line in [TITLE, "", *QUOTE, "", *CLAIM]:
        document.add_paragraph(line)
    return _save(document, folder)


def test_a_hard_wrapped_paste_reads_as_whole_paragraphs(tmp_path: Path) -> None:
    article = read_article(_wrapped(tmp_path))
    assert article.text == "\n\n".join([TITLE, " ".join(QUOTE), " ".join(CLAIM)])


def test_a_picture_between_wrapped_lines_still_ends_the_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    for line in [TITLE, "", QUOTE[0]]:
        document.add_paragraph(line)
    document.add_paragraph().add_run().add_picture(_png())
    for line in [*QUOTE[1:], "", *CLAIM]:
        document.add_paragraph(line)
    paragraphs = read_article(_save(document, tmp_path)).text.split("\n\n")
    assert paragraphs[1] == QUOTE[0] and paragraphs[2] == " ".join(QUOTE[1:])


def test_written_paragraphs_with_a_picture_stay_one_each(tmp_path: Path) -> None:
    """teacher49's shape with a real picture: no empty paragraph separates the text."""
    body = ["La ministre présentera mardi une réforme", "« Nous voulons un examen exigeant »"]
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph().add_run().add_picture(_png())
    for line in body:
        document.add_paragraph(line)
    assert read_article(_save(document, tmp_path)).text == "\n\n".join([TITLE, *body])


def test_blank_separated_sentences_are_not_joined(tmp_path: Path) -> None:
    """Lines that end their sentences between empty paragraphs are paragraphs of their own."""
    body = ["La réforme sera votée mardi.", "« C'est un grand jour », a dit le maire."]
    document = docx.Document()
    for line in [TITLE, "", *body, "", CLAIM[1]]:
        document.add_paragraph(line)
    assert read_article(_save(document, tmp_path)).text == "\n\n".join([TITLE, *body, CLAIM[1]])


def test_a_byline_under_the_headline_of_a_wrapped_paste_is_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    for line in [TITLE, "Par Julie Moreau | Le Courrier national | 4 décembre 2026", "", *QUOTE]:
        document.add_paragraph(line)
    article = read_article(_save(document, tmp_path))
    assert article.outlet == "Le Courrier national"
    assert article.text == "\n\n".join([TITLE, " ".join(QUOTE)])


def test_text_in_a_table_is_read_in_its_place(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "« Nous allons construire une école », a déclaré Paul Dubois."
    table.cell(0, 1).text = "Le chantier commencera en mai."
    document.add_paragraph(CLAIM[1])
    paragraphs = read_article(_save(document, tmp_path)).text.split("\n\n")
    assert paragraphs == [TITLE, table.cell(0, 0).text, table.cell(0, 1).text, CLAIM[1]]


def test_an_italic_caption_under_a_picture_is_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph().add_run().add_picture(_png())
    document.add_paragraph().add_run("Le maire Paul Dubois devant l'école. Photo DR").italic = True
    document.add_paragraph().add_run("Une phrase en italique, loin de la photo.").italic = True
    article = read_article(_save(document, tmp_path))
    assert "Photo DR" not in article.text and "loin de la photo" in article.text


@pytest.mark.parametrize("name", ["Figure", "Illustration", "Légende"])
def test_a_libreoffice_caption_style_is_left_out(tmp_path: Path, name: str) -> None:
    """LibreOffice's « Figure » and « Illustration » are based on « Caption »; a style of that
    name alone, as a translated file keeps it, is a caption too."""
    document = docx.Document()
    style = document.styles.add_style(name, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(TITLE)
    document.add_paragraph("Paul Dubois devant l'école. Photo DR", style=style)
    document.add_paragraph(CLAIM[1])
    assert read_article(_save(document, tmp_path)).text == f"{TITLE}\n\n{CLAIM[1]}"


def test_a_style_based_on_caption_is_a_caption(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles.add_style("Photo du jour", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Caption"]
    document.add_paragraph(TITLE)
    document.add_paragraph("Paul Dubois devant l'école", style=style)
    document.add_paragraph(CLAIM[1])
    assert "Paul Dubois" not in read_article(_save(document, tmp_path)).text


def test_the_datelines_words_are_data() -> None:
    """The paper's article words and the joining words come from words.json, in both
    languages, and still tell a paper's name from a phrase."""
    assert {"Le", "La", "The"} <= article_words("paper_articles")
    assert {"et", "and"} <= article_words("phrase_joins")
    assert article_words("paper_articles") == outlets._ARTICLES  # out of datelines since mend54e
    assert datelines.dateline("Titre\nThe Hague Herald | 3 March 2026\nText.").outlet
