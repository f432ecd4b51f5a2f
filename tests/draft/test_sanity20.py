"""sanity20: plain bugs the drafter showed on fresh national and international news read as a
teacher would, each checked on made-up sentences in several forms and a counter-case.

- A dateline opening the lede was read as part of the sentence: "BOZEMAN (AP) — Two groups
  have filed a lawsuit contending…" spoke as "BOZEMAN", "ISLAMABAD: The Opposition leaders…"
  as "ISLAMABAD"; and an agency alone in brackets (« (Belga) », « (Keystone-ATS) ») or an AFP
  line cut by bars opened what was said.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _claims(text: str, language: str) -> list[str]:
    return [text[c.span[0] : c.span[1]] for c in analyze(text, language).unattributed]


def _found(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = analyze(text, language).attributions
    return [
        (
            a.speaker,
            None if a.source is None else text[a.source[0] : a.source[1]],
            text[a.content[0] : a.content[1]],
        )
        for a in found
    ]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Storm closes port\n\nPORTLAND (AP) — Two fishing unions have filed a lawsuit "
            "contending the harbour was closed unlawfully.",
            "en",
            "Two fishing unions",
        ),
        (
            "Storm closes port\n\nLAHORE: The opposition leaders have left the session, "
            "saying the vote had no standing.",
            "en",
            "The opposition leaders",
        ),
    ],
)
def test_a_dateline_is_no_part_of_who_spoke(text: str, language: str, source: str) -> None:
    assert [(source, source)] == [(speaker, src) for speaker, src, _ in _found(text, language)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le port fermé\n\n(Keystone-ATS) Le port restera fermé jusqu'à vendredi, a indiqué "
            "le porte-parole du canton.",
            "Le port restera fermé jusqu'à vendredi",
        ),
        (
            "Le port fermé\n\n(Belga) Le port restera fermé jusqu'à vendredi, a indiqué "
            "le porte-parole de la ville.",
            "Le port restera fermé jusqu'à vendredi",
        ),
        (
            "Le port fermé\n\nBrest, France | AFP | lundi 12/02/2024 - Le port restera fermé "
            "jusqu'à vendredi, a annoncé la préfecture maritime.",
            "Le port restera fermé jusqu'à vendredi",
        ),
    ],
)
def test_a_bracketed_or_barred_dateline_is_no_part_of_what_was_said(
    text: str, content: str
) -> None:
    assert [content] == [said for _, _, said in _found(text, "fr")]


def test_a_kicker_with_a_spaced_colon_and_a_headline_keep_their_words() -> None:
    text = "Le port fermé\n\nNAO : les syndicats ont affirmé lundi que le port resterait fermé."
    assert [(speaker, said) for speaker, _, said in _found(text, "fr")] == [
        ("les syndicats", "le port resterait fermé")
    ]
    headline = "UNISON: pay offer is an insult\n\nThe union met on Monday in Leeds."
    assert any("pay offer" in text_ for text_ in _claims(headline, "en"))


def test_a_dateline_is_no_claim_of_the_outlet() -> None:
    text = (
        "Le port fermé\n\nBrest, France | AFP | lundi 12/02/2024 - Le port restera fermé "
        "jusqu'à vendredi. Les bateaux attendent au large."
    )
    claims = _claims(text, "fr")
    assert not [claim for claim in claims if "AFP" in claim], claims
    assert any(claim.startswith("Le port restera fermé") for claim in claims)
