"""Values said in a teacher's words: the id fix proposed is itself a valid id."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quizapp.model.base import SLUG_PATTERN
from quizapp.sets.explain.value_words import describe_id, describe_value, suggest_slug


def test_an_accented_id_gets_its_character_and_an_ascii_proposal() -> None:
    assert suggest_slug("cadres-précis") == "cadres-precis"
    assert suggest_slug("  Qui parle ?  ") == "qui-parle"
    assert suggest_slug("cas_d_école") == "cas_d_ecole"
    message = describe_id("cadres-précis")
    assert "'é' is not allowed" in message and "'cadres-precis'" in message


def test_a_badly_shaped_id_is_said_too() -> None:
    assert describe_id("-debut").startswith("'-debut' cannot be an id: - and _ go between words")


@given(st.text(max_size=40))
def test_the_proposed_id_is_a_valid_id_or_nothing(text: str) -> None:
    slug = suggest_slug(text)
    assert slug == "" or re.fullmatch(SLUG_PATTERN, slug)


def test_values_are_named_in_words_never_python_types() -> None:
    said = [describe_value(value) for value in (None, True, 3, 0.5, {}, [], "x", object())]
    assert said[:4] == [
        "nothing (the value is empty)",
        "the yes/no value true",
        "the number 3",
        "the number 0.5",
    ]
    for words in said:
        assert not re.search(r"\b(None|bool|int|float|dict|str|NoneType|object)\b", words)
