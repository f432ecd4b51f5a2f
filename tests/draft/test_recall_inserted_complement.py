"""A French cue inserted in a clause whose verb's complement comes after it (« Cela
correspond, souligne-t-elle, à un vrai besoin », « Le chantier coûtera, assure le maire, deux
millions d'euros »): the statement is the whole clause, the cue inside it; the two words before
the cue alone were too short to report (recall9c). A gerund, a relay, a filler or a new clause
after the cue stays out."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Cela correspond, souligne-t-elle, à un vrai besoin des familles.", "elle"),
        ("Cela correspond, souligne la ministre, à un vrai besoin des familles.", "la ministre"),
        ("Le chantier coûtera, assure-t-il, deux millions d'euros.", "il"),
        (
            "La réforme répondait, estimait Hélène Vasseur, à une demande ancienne.",
            "Hélène Vasseur",
        ),
        ("Le stade accueillera, a précisé le maire, 12 000 spectateurs.", "le maire"),
    ],
)
def test_the_clause_goes_on_with_its_complement(text: str, speaker: str) -> None:
    assert found(text) == [(text.rstrip("."), speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "La récolte sera maigre, estime-t-il, en évoquant la sécheresse.",
        "La récolte sera maigre, a-t-il précisé, à l'AFP.",
        "La récolte sera maigre, a-t-il expliqué, de son côté.",
        "La récolte sera maigre, estime-t-il, dans toute la région, mais les prix tiendront.",
    ],
)
def test_a_gerund_a_relay_a_filler_or_a_new_clause_stays_out(text: str) -> None:
    assert [c for c, _ in found(text)] == ["La récolte sera maigre"]
