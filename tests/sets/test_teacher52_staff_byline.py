"""teacher52: a Word copy of a News & Observer article, « By staff writer, The News &
Observer » under its headline. The byline stayed in the text (« staff writer » is no
capitalised name), the drafter made « the outlet itself » of it and a claim to classify, and
« News outlet » stayed empty though the line names the paper. A byline that names a role
in place of a person (words.json, ``byline_roles``) is a byline too, and a paper's name after
its comma (an article and a capital: "The Herald", « Le Courrier picard ») is the outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.dating.datelines import dateline, without_byline
from quizapp.sets.articles.reading import read_article

BODY = "County leaders are trying to decide the fate of the library. “It is small,” she said."

docx = pytest.importorskip("docx")


def _word_file(folder: Path, lines: list[str]) -> Path:
    document = docx.Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    path = folder / "article.docx"
    document.save(str(path))
    return path


def test_a_staff_byline_of_a_word_file_gives_the_outlet_not_a_paragraph(tmp_path: Path) -> None:
    lines = ["Leaders weigh future of library", "By staff writer, The News & Observer", BODY]
    article = read_article(_word_file(tmp_path, lines))
    assert article.text == f"Leaders weigh future of library\n\n{BODY}"
    assert article.outlet == "The News & Observer"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Staff Reporter, The Herald", "The Herald"),
        ("By our correspondent", ""),
        ("Par la rédaction, Le Courrier picard", "Le Courrier picard"),
        ("Par notre correspondante", ""),
        ("By Anna Lee, The Herald", "The Herald"),
    ],
)
def test_a_byline_naming_a_role_is_left_out_and_its_paper_read(line: str, outlet: str) -> None:
    assert without_byline(f"Headline\n{line}\n{BODY}") == f"Headline\n{BODY}"
    assert dateline(f"Headline\n{line}\n{BODY}").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Lee, Local Democracy Reporter",  # a role, no paper's name
        "By Anna Lee, Education correspondent",
    ],
)
def test_a_reporters_role_is_never_taken_for_the_outlet(line: str) -> None:
    assert dateline(f"Headline\n{line}\n{BODY}").outlet == ""


@pytest.mark.parametrize(
    "line",
    [
        "By staff writers' count, forty people came to the meeting.",  # a sentence
        "By our reckoning the plan costs too much",  # no role after « By »
    ],
)
def test_a_sentence_opening_on_by_stays(line: str) -> None:
    assert without_byline(f"Headline\n{line}\n{BODY}") == f"Headline\n{line}\n{BODY}"
