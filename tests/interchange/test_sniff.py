"""A question bank of another tool given to the app as a file (dropped on the library, opened
from it) is told from an article by its first bytes (teacher14: Moodle saves GIFT as .txt, and
such a file opened as an article to draft questions from, its answer lines as the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.interchange.gift_blocks import looks_like_gift
from quizapp.interchange.sniff import bank_format

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("moodle-fixture.gift.txt", "gift"),
        ("teacher-aiken.txt", "aiken"),
        ("teacher.gift", "gift"),
        ("teacher.xml", "moodle-xml"),
    ],
)
def test_the_banks_of_the_interchange_tests_are_told(name: str, expected: str) -> None:
    assert bank_format(DATA / "interchange" / name) == expected


@pytest.mark.parametrize("name", ["fr-bfmbusiness-fraisbancaires.txt", "en-newshub-ipca-taser.txt"])
def test_an_article_is_no_bank(name: str) -> None:
    assert bank_format(DATA / "draft" / name) is None


def test_a_gift_bank_saved_as_txt_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    text = "::Q1:: La capitale ? {=Paris ~Lyon}\n\n::Q2:: Le ciel est bleu. {T}\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert bank_format(path) == "gift"


def test_braces_in_an_article_do_not_make_it_gift() -> None:
    article = (
        "Le maire démissionne\n\nLe code {x} reste affiché en mairie, a-t-il dit.\n\n"
        "Selon lui, « rien ne change ».\n\nUn dernier paragraph sans accolade.\n"
    )
    assert not looks_like_gift(article)
    assert looks_like_gift("Question ? {=oui ~non}\n\nUne phrase de présentation.\n")
    assert not looks_like_gift("Une.\n\nDeux.\n\nTrois {=a}.\n")  # one block in three


def test_other_files_are_no_bank(tmp_path: Path) -> None:
    xml = tmp_path / "page.xml"
    xml.write_text("<rss><channel/></rss>", encoding="utf-8")
    assert bank_format(xml) is None
    assert bank_format(tmp_path / "missing.txt") is None
    assert bank_format(tmp_path) is None
    yaml = tmp_path / "set.quiz.yaml"
    yaml.write_text("title: {=x}\n", encoding="utf-8")
    assert bank_format(yaml) is None
