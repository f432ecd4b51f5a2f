"""A nickname after a name, its linking word read from the lexicon's ``alias_words``
(mend32b, made-up sentences): « Jean Morel alias « Jojo », le fondateur du collectif » is a
name and its apposition, the nickname set aside, as with « dit »."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize("link", ["dit", "alias"])
def test_the_name_before_the_nickname_speaks(link: str) -> None:
    text = (
        f"Titre\n\nJean Morel {link} « Jojo », le fondateur du collectif, a affirmé que la "
        "fête aurait lieu."
    )
    assert speaker_of(text, "la fête aurait lieu") == "Jean Morel"
