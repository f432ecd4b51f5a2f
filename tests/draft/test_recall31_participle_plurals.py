"""The plurals of the participles the lexicon writes out (recall31, made-up sentences): the
data gives an irregular verb's singular participles only (« requis, requise », « ému,
émue »), so « des peines ont été requises par X », « les rumeurs ont été démenties par X »
and « les riverains se sont émus de X » went unread where a regular verb's four forms
(« demandé, demandée, demandés, demandées ») were read. A manner after « par » stays no
agent; no feminine is made up from a masculine (« craint » is no « crainte »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.words.lexicon import load


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le procès a repris. Des peines de deux ans de prison avaient été requises par le"
            " procureur de la ville.",
            "Des peines de deux ans de prison",
            "le procureur de la ville",
        ),
        (
            "Le club a perdu. Les rumeurs de départ ont été démenties par le président du club.",
            "Les rumeurs de départ",
            "le président du club",
        ),
        (
            "Le plan a été présenté. Les craintes des salariés ont été reconnues par la direction"
            " de l'usine.",
            "Les craintes des salariés",
            "la direction de l'usine",
        ),
        (
            "Le conseil a voté. Les riverains se sont émus de la fermeture du marché couvert.",
            "de la fermeture du marché couvert",
            "Les riverains",
        ),
    ],
)
def test_a_plural_participle_reports(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


def test_a_manner_after_par_is_still_no_agent() -> None:
    assert _found("Le club a perdu. Les rumeurs de départ ont été démenties par téléphone.") == []


def test_the_plurals_are_made_and_no_feminine_is() -> None:
    participles = load("fr").participles
    assert {"requises", "soutenus", "soutenues"} <= participles
    assert "crainte" not in participles
