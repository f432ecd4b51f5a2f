"""tidy56: Moodle's categories are read in interchange/categories.py, apart from the bank;
what a category is named stays as it was. Made-up paths."""

from __future__ import annotations

from quizapp.interchange.categories import category_name, category_tag, moodle_default_category


def test_the_last_part_of_a_category_path_names_it() -> None:
    assert category_name("$course$/top/Unit 3//4") == "Unit 3/4"
    assert category_name("$course$/top") is None
    assert category_tag("$course$/top/Irregular Verbs") == "irregular-verbs"


def test_categories_moodle_makes_itself_name_no_bank() -> None:
    assert moodle_default_category("Default for 9B English")
    assert moodle_default_category("Par défaut pour 4e B")
    assert not moodle_default_category("Irregular verbs")
