"""tidy26: words of a language read from the lexicons where code wrote them, each language its
own half of what was one list for both. The readings stay what they were (findings and drafted
questions identical on the corpus); these made-up sentences hold each reader to its entries."""

from __future__ import annotations

import pytest

from quizapp.draft.words.lexicon import load
from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Le maire est formel : « La piscine rouvrira au printemps, nous y veillons. »",
            "fr",
            "Le maire",
        ),
        (
            "Un autre est plus fataliste : « Nous ne verrons jamais la fin des travaux ici. »",
            "fr",
            "Un autre",
        ),
        (
            "L'une d'elles est formelle : « Le marché n'a jamais été aussi calme depuis dix ans. »",
            "fr",
            "L'une d'elles",
        ),
        (
            'The baker was clear: "The bread will stay at the same price all year long."',
            "en",
            "The baker",
        ),
        (
            'The baker has a message: "The bread will stay at the same price all year long."',
            "en",
            "The baker",
        ),
    ],
)
def test_a_subject_before_a_colon_ends_where_its_predicate_opens(
    text: str, language: str, speaker: str
) -> None:
    assert speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Quand le maire est arrivé, le préfet a déclaré que la route serait fermée.",
            "fr",
            "le préfet",
        ),
        (
            "Le maire, mais aussi le préfet, a déclaré que la route serait fermée.",
            "fr",
            "le préfet",
        ),
        (
            "Le maire, dont le mandat s'achève, a déclaré que la route serait fermée.",
            "fr",
            "Le maire",
        ),
        (
            "When the mayor arrived, the prefect said that the road would be closed.",
            "en",
            "the prefect",
        ),
    ],
)
def test_a_clause_word_opens_the_clause_whose_subject_speaks(
    text: str, language: str, speaker: str
) -> None:
    assert speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("key", "french", "english"),
    [
        ("predicate_openers", "est", "is"),
        ("clause_words", "lorsque", "whereas"),
        ("clause_relatives", "dont", "that"),
    ],
)
def test_each_language_lists_only_its_own_half(key: str, french: str, english: str) -> None:
    fr, en = load("fr").word_set(key), load("en").word_set(key)
    assert french in fr and english not in fr
    assert english in en and french not in en


def test_one_more_speaker_and_plural_possessives_are_french_only() -> None:
    assert "un autre" in load("fr").word_set("one_more_speakers")
    assert not load("en").word_set("one_more_speakers")
    assert load("fr").word_set("plural_possessives") == {"ses", "leurs"}


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Le directeur de l'école, qui a reçu les parents, a affirmé que la classe rouvrirait.",
            "fr",
            "Le directeur de l'école",
        ),
        (
            "Ses voisins, qui habitent là depuis vingt ans, ont affirmé que le bruit était fort.",
            "fr",
            "Ses voisins",
        ),
        (
            "The head of the school, who met the parents, said that the class would reopen.",
            "en",
            "The head of the school",
        ),
        (
            "Their neighbours, who have lived there for years, said that the noise was unbearable.",
            "en",
            "Their neighbours",
        ),
    ],
)
def test_a_relative_s_antecedent_opens_on_its_language_s_determiner(
    text: str, language: str, speaker: str
) -> None:
    assert speakers(text, language) == [speaker]


def test_antecedent_openers_are_each_language_s_own() -> None:
    assert {"ses", "leurs"} <= load("fr").word_set("antecedent_openers")
    assert {"the", "their"} <= load("en").word_set("antecedent_openers")
    assert not load("fr").word_set("antecedent_openers") & load("en").word_set("antecedent_openers")
