"""narrative38: a « selon X » set off by commas inside one clause, between a verb and its
complement or between a subject and its predicate, reports the whole clause; a relative
clause, a full clause after the phrase and « pour » keep their earlier reading."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _according(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "fr").attributions
    return [
        (text[a.content[0] : a.content[1]], a.speaker) for a in found if a.kind == "according_to"
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le nouveau gymnase pourrait enfin, selon la maire, ouvrir ses portes en mars.",
            "Le nouveau gymnase pourrait enfin, selon la maire, ouvrir ses portes en mars",
            "la maire",
        ),
        (
            "La salle des fêtes est, d'après le comité, la plus vieille du canton.",
            "La salle des fêtes est, d'après le comité, la plus vieille du canton",
            "le comité",
        ),
        (
            "Les bancs du parc seront, selon l'adjoint, remplacés avant l'hiver.",
            "Les bancs du parc seront, selon l'adjoint, remplacés avant l'hiver",
            "l'adjoint",
        ),
        (
            "Au petit matin, la fuite d'eau, selon les pompiers, a inondé trois caves.",
            "la fuite d'eau, selon les pompiers, a inondé trois caves",
            "les pompiers",
        ),
    ],
)
def test_a_clause_cut_by_selon_is_said_whole(text: str, content: str, speaker: str) -> None:
    assert _according(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause: its predicate alone, as before
        (
            "Des soldats sont arrivés au village, qui, selon Marie Roche, est devenu une base.",
            "est devenu une base",
        ),
        # a clause of its own after the phrase
        ("Hier soir, selon la gendarmerie, la route a été coupée.", "la route a été coupée"),
        # a complete clause before, an apposition after
        (
            "Il faudra acheter deux bennes neuves, selon Marc Lenoir, des engins coûteux.",
            "des engins coûteux",
        ),
    ],
)
def test_one_side_is_kept_where_it_says_it_alone(text: str, content: str) -> None:
    assert [c for c, _speaker in _according(text)] == [content]
