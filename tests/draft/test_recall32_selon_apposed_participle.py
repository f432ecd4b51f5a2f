"""« C, selon X, P… »: a past participle of any ending after the source, with no finite
verb after it, is an apposition (recall32, made-up sentences); what X says is C, before the
source, not the participle's words. A clause after the source still holds the claim."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Les marcheurs étaient plus de 800, selon un gendarme, venus soutenir la"
            " maternité, dans l'Orne.",
            "Les marcheurs étaient plus de 800",
            "un gendarme",
        ),
        (
            "La scierie devrait rouvrir en juin, selon le représentant du personnel, élu"
            " au conseil de surveillance.",
            "La scierie devrait rouvrir en juin",
            "le représentant du personnel",
        ),
    ],
)
def test_a_participle_after_the_source_leaves_the_claim_before(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _found(text)


def test_a_clause_after_the_source_is_the_claim() -> None:
    text = "Dans ce contexte difficile, selon le maire, la commune a perdu trois commerces."
    assert ("la commune a perdu trois commerces", "le maire") in _found(text)


def test_a_time_word_is_no_participle() -> None:
    text = "Le chantier a pris du retard, selon la préfecture, lundi."
    assert _found(text) == [("Le chantier a pris du retard", "la préfecture")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le quartier est, selon les habitants, devenu invivable depuis des mois.",
            # narrative38: the copula before the phrase makes the claim the whole clause
            "Le quartier est, selon les habitants, devenu invivable depuis des mois",
            "les habitants",
        ),
        (
            "Les bus arrivent, selon les usagers, parfois en retard le matin.",
            "parfois en retard le matin",
            "les usagers",
        ),
        (
            "Le chantier avance, selon l'adjoint, quasi terminé avant l'été.",
            "quasi terminé avant l'été",
            "l'adjoint",
        ),
    ],
)
def test_a_participle_completing_c_or_an_adverb_is_the_claim(
    text: str, content: str, speaker: str
) -> None:
    """review32: after an auxiliary or a copula the participle completes C; an adverb in
    -i / -is is no participle; the claim is then the words after the source (with the
    clause before them when it ends on the copula: narrative38)."""
    assert (content, speaker) in _found(text)
