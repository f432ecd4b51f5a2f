"""teacher52: a set exported for Moodle and imported back into quizapp came back titled after
its file name (« Wake county leaders weigh future ») instead of its own title (« Wake County
leaders weigh future of Athens Drive Community Library: who says what? »), though the export
writes the title as the file's Moodle category. A file naming one category gives the set its
title; a file naming several, or none, keeps the file name's (a bank of many categories has
no one title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.interchange.convert import export_set, import_file
from quizapp.model import QuizSet

SUFFIX = {"moodle-xml": ".xml", "gift": ".gift.txt"}


@pytest.mark.parametrize("file_format", ["moodle-xml", "gift"])
def test_a_set_exported_then_imported_keeps_its_title(
    small_quiz: QuizSet, tmp_path: Path, file_format: str
) -> None:
    quizset = small_quiz.model_copy(update={"title": "Library: who says what? (A/B & C)"})
    text, _ = export_set(quizset, file_format)
    path = tmp_path / f"exported-bank{SUFFIX[file_format]}"
    path.write_text(text, encoding="utf-8")
    assert import_file(path).quizset.title == "Library: who says what? (A/B & C)"


def test_a_bank_of_several_categories_is_titled_after_its_file(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"$CATEGORY: $course$/top/{name}\n\n::q{n}::Is it {name}?{{TRUE}}"
        for n, name in enumerate(["Week one", "Week two"])
    )
    path = tmp_path / "year-nine-bank.gift.txt"
    path.write_text(body, encoding="utf-8")
    assert import_file(path).quizset.title == "Year nine bank"


def test_a_title_asked_for_wins_over_the_category(small_quiz: QuizSet, tmp_path: Path) -> None:
    text, _ = export_set(small_quiz, "moodle-xml")
    path = tmp_path / "bank.xml"
    path.write_text(text, encoding="utf-8")
    assert import_file(path, title="My own title").quizset.title == "My own title"
