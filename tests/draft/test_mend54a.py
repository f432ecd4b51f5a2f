"""mend54a: an outlet written after « à » is no place. noone54 took any bare name written
after a preposition of place for a town; outlets are written so as often (« parvenue à
L'Express », « a confié à Libération », "in The Times"). A listed outlet, or a name the
article's findings give as a relay (``via``), keeps speaking; a town stays a place.
Made-up texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.place_names import place_named
from quizapp.draft.words.lexicon import load

_LEAK = (
    "{o} a révélé lundi que des gendarmes avaient reçu des consignes. Une enquête a été "
    "ouverte à la suite d'un article de {o} faisant état de consignes données à des "
    "gendarmes. Selon Le Canard enchaîné, ce document serait parvenu à {o} par erreur."
)

_TOLD = (
    "Des gendarmes avaient reçu des consignes, a révélé {o}. Une enquête a été ouverte à la "
    "suite d'un article de {o} faisant état de consignes données à des gendarmes. Le maire a "
    "confié à {o} qu'il n'en savait rien."
)


def _speakers(text: str, language: str = "fr") -> list[str]:
    return [f.speaker for f in analyze(text, language).attributions]


@pytest.mark.parametrize("outlet", ["L'Express", "Libération", "Ouest-France"])
def test_an_article_of_an_outlet_written_after_a_keeps_its_outlet(outlet: str) -> None:
    assert _speakers(_LEAK.format(o=outlet))[1] == outlet


@pytest.mark.parametrize("outlet", ["L'Express", "Libération"])
def test_an_outlet_told_after_a_verb_of_telling_keeps_its_voice(outlet: str) -> None:
    assert _speakers(_TOLD.format(o=outlet))[1] == outlet


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "L'information est parvenue à L'Express jeudi.", "L'Express"),
        ("fr", "Le maire a déclaré à Libération qu'il partait.", "Libération"),
        ("fr", "Elle s'est confiée à Ouest-France hier.", "Ouest-France"),
        ("en", "The minister wrote in The Times on Sunday.", "The Times"),
    ],
)
def test_a_listed_outlet_after_a_preposition_is_no_place(
    language: str, text: str, name: str
) -> None:
    assert not place_named(name, Registry(text, load(language)), load(language))


def test_a_name_the_findings_voice_is_no_place() -> None:
    text = "Le maire a répondu à Radio Brume jeudi, à Valbourg."
    lex = load("fr")
    assert place_named("Valbourg", Registry(text, lex), lex, None, frozenset({"radio brume"}))
    assert not place_named(
        "Radio Brume", Registry(text, lex), lex, None, frozenset({"radio brume"})
    )


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Le maire a confié à L'Express qu'une réunion se tiendrait à Valbourg.", "Valbourg"),
        ("en", "He told The Times that litter had spread across Dunmere.", "Dunmere"),
    ],
)
def test_a_town_beside_an_outlet_stays_a_place(language: str, text: str, name: str) -> None:
    lex = load(language)
    assert place_named(name, Registry(text, lex), lex)  # a guard: passes on main too
