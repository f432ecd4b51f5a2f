"""ui46: a Word file's byline paragraph (« By Sarah Whitlock, Local Democracy Reporter |
Millbrook Gazette | 14 January 2026 ») stayed in the article text: the drafter read it as a
plain fact and the student saw it under a header already giving outlet and date. The line
``dateline`` reads is left out of a Word file's text when it is a byline or a line of labels;
a dated paragraph of the article that only looks like one is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.dating.datelines import without_byline
from quizapp.sets.articles.reading import read_article

BODY = 'The library will close on Mondays. "We had no choice," the leader said.'


def _word_file(folder: Path, lines: list[str]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = folder / "article.docx"
    document.save(str(path))
    return path


def test_a_word_files_byline_is_metadata_not_article_text(tmp_path: Path) -> None:
    byline = "By Sarah Whitlock, Local Democracy Reporter | Millbrook Gazette | 14 January 2026"
    article = read_article(_word_file(tmp_path, ["Library to close", byline, BODY]))
    assert article.text == f"Library to close\n\n{BODY}"
    assert (article.outlet, article.date) == ("Millbrook Gazette", "2026-01-14")


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Lee, 3 March 2026",
        "By Anna Lee and Tom Hale | 3 March 2026",
        "Par Jean Roux - 2 décembre 2025",
        "Par Jean de la Fontaine - 2 décembre 2025",
        "By Sarah Whitlock, Local Democracy Reporter | Millbrook Gazette | 14 January 2026",
        "Published 3 March 2026 | The Eastbrook Chronicle",
        "Publié le 2 décembre 2025 - France 3 Grand Est",
    ],
)
def test_a_byline_or_a_line_of_labels_is_left_out(line: str) -> None:
    assert without_byline(f"Headline\n{line}\n{BODY}") == f"Headline\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Elections for a Greater Essex mayor on 7 May 2026",  # corpus paragraphs, one part
        "— Gladys Berejiklian (@GladysB) January 8, 2020",
        "03-2004. Conseil Municipal du 2 juin 2004",
        "Par arrêté du 2 mars 2024 - la mairie ferme",  # « par » and no name after it
        "By the end of 3 March 2026 the pool will close",  # "By" and no name after it
        "Politique - 2 décembre 2025",  # a section, no name
    ],
)
def test_a_dated_paragraph_that_only_looks_like_a_byline_is_kept(line: str) -> None:
    text = f"Headline\n{line}\n{BODY}"
    assert without_byline(text) == text
