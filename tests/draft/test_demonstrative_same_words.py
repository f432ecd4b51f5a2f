"""A definite description of a source that repeats an earlier one's words (made-up sentences):
« la source proche de l'enquête » after « une source proche de l'enquête » and a later « une
source policière » is the first source, not the latest; « la source » or « cette source » alone
still take up the latest."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_FR = (
    "Une source proche de l'enquête affirme que le tireur a fui. "
    "Une source policière indique qu'il était armé. "
)
_EN = "A source close to the inquiry said the gunman fled. A police source said he was armed. "


@pytest.mark.parametrize(
    ("last", "language"),
    [
        ("« Il est trop tôt », a estimé la source proche de l'enquête.", "fr"),
        ("« Il est trop tôt », avait confié la source proche de l'enquête.", "fr"),
        ("Selon la source proche de l'enquête, il est trop tôt.", "fr"),
        ("La source proche de l'enquête estime qu'il est trop tôt.", "fr"),
        ("“It is too early,” the source close to the inquiry said.", "en"),
    ],
)
def test_the_source_whose_words_it_repeats(last: str, language: str) -> None:
    text = (_FR if language == "fr" else _EN) + last
    assert speakers(text, language)[-1] == speakers(text, language)[0]


def test_a_repeated_latest_source_is_the_latest() -> None:
    text = _FR + "« Il est trop tôt », a estimé la source policière."
    assert speakers(text)[-1] == "Une source policière"


@pytest.mark.parametrize("last", ["a estimé la source.", "a estimé cette source."])
def test_a_bare_source_takes_up_the_latest(last: str) -> None:
    """Counter-case: with no words beyond its head, the latest source is meant."""
    assert speakers(_FR + "« Il est trop tôt », " + last)[-1] == "Une source policière"
