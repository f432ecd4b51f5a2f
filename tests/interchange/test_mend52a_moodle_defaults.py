"""mend52a (review52's F-teacher52): two small things of teacher52's.

The French command line printed the new export note cut mid-word (« … en preuve n… »): a
value in a printed line keeps 200 characters (catalog.MAX_ECHOED_CHARS) and the note had 219;
both languages' notes are now whole in the report's lines. A bank Moodle itself wrote names
its automatic category (« Default for 9B English », « Défaut pour 9B anglais », « Top for
… »): that is no title of the teacher's, so the set keeps its file name's, as before
teacher52; a category she named still gives the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.interchange.convert import export_set, import_file
from quizapp.model import QuizSet
from quizapp.sets import catalog


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_article_note_is_printed_whole(small_quiz: QuizSet, language: str) -> None:
    catalog.set_language(language)
    try:
        _, report = export_set(small_quiz, "gift")
        lines = report.lines()
    finally:
        catalog.set_language("en")
    noted = [line for line in lines if "Moodle" in line and "Page" in line]
    assert noted and not any(line.endswith("…") for line in noted)
    assert noted[0].rstrip().endswith(("either", "non plus"))


@pytest.mark.parametrize(
    "category",
    [
        "Default for 9B English",
        "Défaut pour 9B anglais",
        "Par défaut pour Quiz de lecture",
        "Top for 9B English",
        "Haut pour 9B anglais",
    ],
)
def test_moodles_own_category_gives_no_title(tmp_path: Path, category: str) -> None:
    path = tmp_path / "year-nine-reading.gift.txt"
    path.write_text(f"$CATEGORY: $course$/top/{category}\n\n::q1::Is it true?{{TRUE}}\n")
    assert import_file(path).quizset.title == "Year nine reading"


@pytest.mark.parametrize("category", ["Defaults for cyclists", "Week one: the library"])
def test_a_category_she_named_still_titles_the_set(tmp_path: Path, category: str) -> None:
    path = tmp_path / "bank.gift.txt"
    path.write_text(f"$CATEGORY: $course$/top/{category}\n\n::q1::Is it true?{{TRUE}}\n")
    assert import_file(path).quizset.title == category
