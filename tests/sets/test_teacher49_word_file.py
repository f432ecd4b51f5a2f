"""teacher49 brought her article as a Word file: a title style, a bold standfirst, a picture
with its caption and a footnote. The empty paragraph the picture sits in made the tidy step
read every other line end as a hard wrap: the whole article came out as three paragraphs,
the caption joined to the first one and read by the drafter as a plain fact. The paper's
name in her byline (« Le Courrier national ») was not read as its outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.dating.datelines import dateline, without_byline
from quizapp.sets.articles.reading import read_article
from quizapp.sets.catalog import say, set_language

BODY = [
    "La ministre présentera mardi une réforme du brevet.",
    "« Nous voulons un examen exigeant », a expliqué la ministre.",
    "Selon une source proche du dossier, le calendrier a été avancé.",
]


def _word_file(folder: Path, picture: bool, caption: str = "") -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Le brevet réformé dès 2028", style="Title")
    if picture:
        document.add_paragraph()  # the paragraph a picture sits in holds no text
    if caption:
        document.add_paragraph(caption, style="Caption")
    for line in BODY:
        document.add_paragraph(line)
    path = folder / "article.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("picture", [False, True])
def test_each_word_paragraph_stays_a_paragraph(tmp_path: Path, picture: bool) -> None:
    article = read_article(_word_file(tmp_path, picture))
    assert article.text == "\n\n".join(["Le brevet réformé dès 2028", *BODY])


def test_a_picture_caption_is_not_article_text(tmp_path: Path) -> None:
    caption = "Des élèves pendant une épreuve du brevet, à Lille. Photo d'illustration"
    article = read_article(_word_file(tmp_path, True, caption))
    assert "Photo" not in article.text and "Lille" not in article.text
    assert article.text.endswith(BODY[-1])


@pytest.mark.parametrize(
    "outlet", ["Le Courrier national", "Le Journal du dimanche", "La Voix du Nord"]
)
def test_a_french_papers_name_with_small_letters_is_its_outlet(outlet: str) -> None:
    text = f"Titre\nPar Julie Moreau | {outlet} | 4 décembre 2026\nLe texte."
    assert dateline(text).outlet == outlet
    assert dateline(text).date == "2026-12-04"
    assert without_byline(text) == "Titre\nLe texte."


@pytest.mark.parametrize(
    "line",
    ["Le maire a démissionné le 2 mars 2024", "La Droite et la gauche | 3 mars 2026"],
)
def test_a_sentence_or_a_phrase_is_no_outlet(line: str) -> None:
    assert dateline(f"Titre\n{line}\nLe texte.").outlet == ""


def test_the_french_export_report_has_no_code_word() -> None:
    """The window's report names the question's kind just before: « question 8 (Trouver le
    passage dans l’article, …) : … »; « les questions locate » was the file's English code."""
    set_language("fr")
    try:
        said = say("export_locate", "locate questions need the article on screen")
    finally:
        set_language("en")
    assert "locate" not in said and "Moodle" in said
