""" "Residents of Kings Delph said …" opening a sentence: a plural common noun written with the
sentence's capital is the same group as "residents of Kings Delph" in lower case, vague, and
the place in its complement is no speaker. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "group",
    [
        "Residents of Long Ashby",
        "Shopkeepers in Upper Wenford",
        "Parents at Hill Road School",
        "COUNCILLORS in Blaenau Gwent",
    ],
)
def test_a_group_opening_a_sentence_is_vague(group: str) -> None:
    text = f"The plan was approved on Monday. {group} said the decision was unfair."
    assert speaker_label(text, "en") == [(group, "vague")]


def test_a_name_opening_a_sentence_still_speaks() -> None:
    """Counter-case: a capitalised word the lexicon does not know as a common noun is a name."""
    text = "The plan was approved on Monday. Tesco in Leeds said the decision was unfair."
    assert speaker_label(text, "en") == [("Tesco", "named")]
