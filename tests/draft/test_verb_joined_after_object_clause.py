"""A second verb joined by « et » at the end of a reporting verb's object clause shares the
reporting verb's subject (made-up people): « Vernet a annoncé qu'il ne reconnaîtrait pas les
résultats et a appelé ses partisans à manifester » — « a appelé » is Vernet's, not the « il »
of the clause, which had been resolved on its own (to the wrong person in a longer text)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "Le maire Jean Roux a été réélu. Selon les résultats, il a obtenu 57 % des voix. "


def _sources(text: str, language: str = "fr") -> list[tuple[str, str]]:
    found = analyze(text, language).attributions
    return [(a.speaker, text[a.source[0] : a.source[1]] if a.source else "") for a in found]


@pytest.mark.parametrize(
    "said",
    [
        "Paul Vernet a annoncé qu'il ne reconnaîtrait pas les résultats et a appelé ses "
        "partisans à manifester.",
        "Paul Vernet avait affirmé qu'elle mentait et avait dénoncé des fraudes.",
        "Paul Vernet affirme que les chiffres sont faux et dénonce des fraudes.",
        "Paul Vernet a estimé que le scrutin était faussé et a dénoncé des fraudes.",
    ],
)
def test_the_joined_verb_is_the_speakers(said: str) -> None:
    found = _sources(_BEFORE + said)
    assert [speaker for speaker, _ in found[-2:]] == ["Paul Vernet", "Paul Vernet"]
    assert found[-1][1] == "Paul Vernet"  # not the clause's pronoun


def test_english_said_that_and_called_on() -> None:
    said = "Al Poe said that he would not accept the result and called on supporters to protest."
    assert _sources("The mayor Jo Ross was re-elected. " + said, "en")[-1] == ("Al Poe", "Al Poe")


def test_a_verb_joined_inside_a_clause_without_que_keeps_its_own_subject() -> None:
    said = "Paul Vernet a reçu la lettre et le maire a dénoncé des fraudes."
    assert _sources(_BEFORE + said)[-1][0] == "Jean Roux"


def test_a_plural_joined_verb_goes_on_with_the_clauses_plural_subject() -> None:
    said = (
        "Le maire a annoncé que les habitants ont protesté et ont affirmé que le projet était "
        "mauvais."
    )
    assert _sources(said)[-1][0] != "Le maire"
