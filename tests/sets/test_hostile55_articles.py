"""Hostile article files (hostile55): each refused with its own clear kind, or read, never a
parser's traceback nor minutes of work."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from quizapp.sets.articles import word_file
from quizapp.sets.articles.reading import ArticleError, read_article


def _word_file(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _with_part(source: Path, target: Path, name: str, data: bytes) -> Path:
    """``source`` with its part ``name`` replaced by ``data``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item, data if item.filename == name else old.read(item.filename))
    return target


def test_a_notepad_unicode_text_is_read_as_its_words(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Le maire démissionne\r\n\r\n« Je pars », a dit Jean Morel.".encode("utf-16"))
    article = read_article(path)
    assert article.title == "Le maire démissionne"
    assert article.text == "Le maire démissionne\n\n« Je pars », a dit Jean Morel."


def test_a_windows_1252_text_is_still_read(tmp_path: Path) -> None:  # counter-case
    path = tmp_path / "article.txt"
    path.write_bytes("Élu à Nîmes\n\nIl a dit oui.".encode("cp1252"))
    assert read_article(path).title == "Élu à Nîmes"


_LAUGHS = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefg", "bcdefgh", strict=True)
)  # each entity ten of the one before: a thousand million « a »


@pytest.mark.parametrize(
    "xml",
    [b"<w:document", f'<?xml version="1.0"?><!DOCTYPE d [{_LAUGHS}]><d>&h;</d>'.encode()],
)
def test_a_word_file_whose_text_cannot_be_parsed_is_a_bad_word_file(
    tmp_path: Path, xml: bytes
) -> None:
    good = _word_file(tmp_path / "good.docx", ["Titre", "Il a dit oui."])
    bad = _with_part(good, tmp_path / "bad.docx", "word/document.xml", xml)
    with pytest.raises(ArticleError) as caught:
        read_article(bad)
    assert caught.value.kind == "bad_docx"


def test_a_word_file_of_too_many_paragraphs_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(word_file, "MAX_PARAGRAPHS", 20)
    path = _word_file(tmp_path / "blanks.docx", [""] * 30 + ["Fin."])
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.kind == "too_large"
    fine = _word_file(tmp_path / "fine.docx", ["Titre", "Il a dit oui."])  # counter-case
    assert read_article(fine).text == "Titre\n\nIl a dit oui."


def test_control_characters_of_a_text_become_spaces_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    written = "Le maire\n\n« Je\x00pars », a dit\x1b Jean Morel.\x7f"
    path.write_text(written, encoding="utf-8")
    article = read_article(path)
    assert article.file_text == written.replace("\x00", " ").replace("\x1b", " ").replace(
        "\x7f", " "
    )
    assert article.text == "Le maire\n\n« Je pars », a dit Jean Morel."


def test_quizapp_draft_writes_a_set_from_a_text_holding_a_nul(tmp_path: Path) -> None:
    from quizapp.cli import main

    path = tmp_path / "article.txt"
    said = "« Nous\x00voulons une école neuve », a déclaré le maire, Jean Morel, mardi. "
    path.write_text("Le maire et l'école\n\n" + said * 3, encoding="utf-8")
    output = tmp_path / "draft.quiz.yaml"
    assert main(["draft", str(path), "-o", str(output), "--language", "fr"]) == 0
    assert "\x00" not in output.read_text(encoding="utf-8")


def test_a_run_of_spaces_is_read_once_by_the_paste_readers_patterns() -> None:
    # ``\s+`` retried every shorter run at every space: a minute for 48,000 pasted spaces
    from quizapp.sets.articles import photo_credits
    from quizapp.sets.articles.dating.outlets import PART_SEPARATOR

    assert PART_SEPARATOR.pattern.startswith(r"(?<!\s)\s++")
    assert PART_SEPARATOR.split("Publié le 3 mars 2026  -  TNTV News") == [
        "Publié le 3 mars 2026",
        "TNTV News",
    ]
    credit = photo_credits._credit().pattern
    assert r"|(?<!\s)\s++(?=[(\[]))" in credit and r"(?P<rest>[^()\[\]]*+)" in credit
    assert photo_credits.credit_start("Le pont a rouvert. Photo : Jean Roux  ") > 0
    assert photo_credits.credit_start("Le pont a rouvert (Photo Jean Roux )") > 0
    assert photo_credits.credit_start("Il a pris une photo de la place.") == -1  # counter-case


@pytest.mark.parametrize("page_break", ["\n\x0c", " \x0c", "\x0c\n"])
def test_a_page_break_ends_the_paragraph(tmp_path: Path, page_break: str) -> None:
    """mend55g: a form feed (pdftotext ends each page on one) became a space, and the page's
    last paragraph ran into the next page's first in a hard-wrapped text; one for one, it is
    now a line end, and a blank line with the space or line end beside it."""
    wrapped = (
        "La cantine de l'école des Pins rouvrira lundi après six mois de travaux dans les\n"
        "cuisines et le réfectoire, a annoncé la mairie dans un communiqué publié hier soir."
        f"{page_break}Les travaux ont duré six mois et ont coûté plus que prévu aux familles\n"
        "du quartier et à la commune.\n\nLe maire a salué le chantier."
    )
    path = tmp_path / "pages.txt"
    path.write_text("La cantine rouvre\n\n" + wrapped, encoding="utf-8")
    article = read_article(path)
    assert "hier soir.\n\nLes travaux" in article.text
    assert "\x0c" not in article.file_text and len(article.file_text) == len(path.read_text())


def test_a_form_feed_inside_a_line_is_a_line_end() -> None:
    """« …la mairie.\\fLes travaux… » (hostile55's paste) read as one paragraph."""
    from quizapp.sets.articles.reading import article_from_paste

    pasted = "La cantine rouvre\n\nLa cantine rouvrira lundi, a annoncé la mairie.\x0cLes travaux"
    assert "la mairie.\n\nLes travaux" in article_from_paste(pasted + " ont duré.").text
