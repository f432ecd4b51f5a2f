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
    ],
)
def test_one_side_is_kept_where_it_says_it_alone(text: str, content: str) -> None:
    assert [c for c, _speaker in _according(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La piscine rouvrira, selon Léa Martin, la directrice du centre nautique.",
            "La piscine rouvrira",
            "Léa Martin",
        ),
        (
            "Le marché va déménager, d'après Paul Girard, l'adjoint au commerce.",
            "Le marché va déménager",
            "Paul Girard",
        ),
        (
            "Les tarifs vont baisser, selon la régie, l'opérateur des bus, dans tout le canton.",
            "Les tarifs vont baisser",
            "régie",
        ),
    ],
)
def test_the_sources_description_is_never_bridged(text: str, content: str, speaker: str) -> None:
    """mend38a (review38 item 1): what follows « selon X, » describes X; the claim is before."""
    found = _according(text)
    assert [c for c, _speaker in found] == [content]
    assert speaker in found[0][1]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # another speaker's cue later in the sentence: the bridged clause ends before it
        (
            "La route rouvrira, selon la préfecture, dès lundi, a assuré le maire.",
            "La route rouvrira, selon la préfecture, dès lundi",
        ),
        # a clause of its own after the phrase: no bridge
        ("Les loyers grimperont, selon l'Insee, tandis que les salaires stagneront.", None),
        ("La mairie cédera, selon Le Courrier, mais le préfet refuse.", None),
        ("La mairie cédera, selon Le Courrier, ce que dément le préfet.", None),
    ],
)
def test_the_bridge_stops_at_another_clause(text: str, content: str | None) -> None:
    """mend38a (review38 item 8): the bridged clause never runs into another speaker's
    words, nor over a clause that opens on « tandis que », « mais » or « ce que »."""
    claims = [c for c, _speaker in _according(text)]
    if content is None:
        assert not any(c.startswith(text.split(",")[0] + ", selon") for c in claims)
    else:
        assert claims == [content]
