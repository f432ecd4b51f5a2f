"""misses57 (made-up sentences): a negated verb of wishing before its « que » clause
(« ne veut pas que… », « ne souhaite plus que… », « n'aimerait pas que… ») tells the subject's
stance, a wish that the clause not happen, as « veut que » does. The guards: a negated wish
before an infinitive (an intent, even with a « que » further on), a negated wish inside a
clause another verb reports (the outer cue alone), a negated verb of saying."""

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
            "Claire Bonnet, maire depuis 2014, ne veut pas que l'État impose une fusion au bourg.",
            "l'État impose une fusion au bourg",
            "Claire Bonnet",
        ),
        (
            "Les parents d'élèves ne veulent pas que l'école du bourg ferme en juin.",
            "l'école du bourg ferme en juin",
            "Les parents d'élèves",
        ),
        (
            "Le maire Paul Girard ne souhaite plus que la salle soit louée aux associations.",
            "la salle soit louée aux associations",
            "Paul Girard",
        ),
        (
            "Le président Marc Lenoir n'aimerait pas que le club quitte le stade municipal.",
            "le club quitte le stade municipal",
            "Marc Lenoir",
        ),
    ],
)
def test_a_negated_wish_reports_its_clause(text: str, content: str, speaker: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "La conseillère Anne Roux ne veut pas rester à la tête de la commission.",
        "La ministre Anne Roux ne veut pas dévoiler ce qu'elle pense du projet.",
        "Le maire Paul Girard ne dit pas que la salle sera louée aux associations.",
    ],
)
def test_no_clause_wished_against_reports_nothing(text: str) -> None:
    assert found(text) == []


def test_a_negated_wish_inside_a_reported_clause_is_the_outer_cue_s() -> None:
    text = "Le cinéaste Paul Morel a affirmé qu'il ne voulait pas que son film sorte en mai."
    assert found(text) == [
        ("il ne voulait pas que son film sorte en mai", "Paul Morel", "indirect")
    ]
