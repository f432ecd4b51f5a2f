"""A verb of wishing before a bare infinitive tells an intent, not a saying (made-up sentences,
wants38): « Le conseiller souhaite rester président » gives no finding; a quoted infinitive, a
« que » clause and a noun of stance keep their reading."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le conseiller souhaite rester président du syndicat.",
        "Les riverains souhaitent se faire entendre du préfet.",
        "Le maire souhaite aussi continuer son travail au sein du conseil.",
        "La trésorière souhaitait reprendre la gestion du club l'an prochain.",
    ],
)
def test_an_unquoted_infinitive_after_a_wish_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Le maire souhaite « revoir le tracé de la piste cyclable ».",
            "revoir le tracé de la piste cyclable",
        ),
        ("La directrice souhaite que la ligne rouvre en mars.", "la ligne rouvre en mars"),
    ],
)
def test_a_quoted_infinitive_or_a_clause_still_reports(text: str, said: str) -> None:
    assert [content for content, _ in _found(text)] == [said]


def test_a_verb_of_declaring_keeps_its_infinitive() -> None:
    text = "Le président assure vouloir rester à la tête du club."
    assert [content for content, _ in _found(text)] == ["vouloir rester à la tête du club"]
