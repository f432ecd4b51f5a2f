"""misses58 (made-up sentences): a partial quotation that ends a French clause before a final
cue set off by a comma makes a mixed attribution over the clause, not a direct one over the
quoted words alone: when the clause opens on two or three words of its own (« Cette réforme
"…", estime X »), and when a colon opens the paraphrase (« Au menu : …, le stade « … »,
précise X »). The guards: a setting or a connective set off by a comma before the quotation
(« De plus, "…" »), a colon right before the quotation, a quotation with no comma before its
verb (a name in quotation marks, the subject of the verb after it)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Cette réforme « ne règle rien pour les petites communes », estime Jeanne Morel.",
            "Cette réforme « ne règle rien pour les petites communes",
            "Jeanne Morel",
        ),
        (
            "Le chantier « a pris trois mois de retard », regrette le maire.",
            "Le chantier « a pris trois mois de retard",
            "le maire",
        ),
        (
            "Au menu : une piscine couverte, deux salles de classe et la tribune du stade "
            "« qui tombe en ruine », précise l'adjoint Paul Garnier.",
            "une piscine couverte, deux salles de classe et la tribune du stade « qui tombe en "
            "ruine",
            "Paul Garnier",
        ),
    ],
)
def test_a_quotation_ending_a_clause_is_mixed_over_the_clause(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker, "mixed") in found(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("De plus, « la route restera fermée tout l'été », précise la préfète.", None),
        ("Son constat : « rien ne bouge au bourg », dit le maire.", "rien ne bouge au bourg"),
    ],
)
def test_a_setting_or_a_colon_before_the_quotation_leaves_it_direct(
    text: str, content: str | None
) -> None:
    quoted = content or text.split("« ")[1].split(" »")[0]
    assert [(c, k) for c, _, k in found(text)] == [(quoted, "direct")]


def test_a_quoted_name_before_its_verb_reports_nothing() -> None:
    text = "Mais le collectif « Pour un autre bourg » redoute la perte des terres agricoles."
    assert found(text) == []
