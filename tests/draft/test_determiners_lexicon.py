"""The lexicon's one list of determiners per language (``determiners``) opens the noun
phrases that the detector and the speaker rules read: a first- or second-person possessive
(« nos », « votre ») opens one as « les » or « leur » do. Made-up cases and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Le maire défend nos projets contestés par l'opposition.", "nos projets"),
        ("Le maire défend vos projets vivement contestés par l'opposition.", "vos projets"),
        ("Il a prêté serment malgré notre élection contestée par l'opposition.", "notre élection"),
        ("Le maire défendait leurs projets contestés par l'opposition.", "leurs projets"),
    ],
)
def test_a_stance_noun_opens_on_any_determiner_of_the_list(text: str, noun: str) -> None:
    assert found(text) == [(noun, "l'opposition")]


def test_a_possessive_before_a_participle_that_is_no_stance_stays_silent() -> None:
    assert found("Les chiffres de nos services annoncés par le ministère sont en baisse.") == []
    assert found("Le maire défend nos projets financés par la région.") == []


def test_each_language_lists_its_own_determiners() -> None:
    from quizapp.draft.words.lexicon import load

    assert {"nos", "votre", "du", "leurs"} <= load("fr").word_set("determiners")
    assert {"the", "their", "those"} <= load("en").word_set("determiners")
    assert "the" not in load("fr").word_set("determiners")
