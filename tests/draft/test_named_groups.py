"""Named bodies written together under their plural kind (made-up sentences): « Les syndicats
OGBL et LCGB », « les partis PS, MR et Ecolo » are one named group, and a plural description
of that kind, or of one covering it, that speaks (« selon les deux grands syndicats », « Les
deux partis estiment », « les deux organisations syndicales », then « ils ») is that group,
named. A count that does not fit (« les trois syndicats » for two), two groups of the kind,
a kind that does not cover it (« les deux associations ») or a kind that is no body (« les
joueurs ») leave it vague."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(a.speaker, a.label) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Selon les deux grands syndicats, le modèle social est attaqué. Les syndicats "
            "OGBL et LCGB organisaient mardi une conférence de presse. Ils ont annoncé "
            "qu'ils accordent cinq mois au gouvernement.",
            "Les syndicats OGBL et LCGB",
        ),
        (
            "Les partis PS et MR ont tenu un congrès mardi. Les deux partis estiment que la "
            "réforme est injuste.",
            "Les partis PS et MR",
        ),
        (
            "Les partis PS, MR et Ecolo ont tenu un congrès. Selon les trois partis, la "
            "réforme est injuste.",
            "Les partis PS, MR et Ecolo",
        ),
        (
            "Les syndicats CGT et FO se sont réunis. Les syndicats ont dénoncé une réforme "
            "injuste.",
            "Les syndicats CGT et FO",
        ),
        (
            "Les syndicats CGT et FO se sont réunis. Selon les deux organisations syndicales, "
            "la réforme est injuste.",
            "Les syndicats CGT et FO",
        ),
    ],
)
def test_a_plural_description_takes_up_the_named_group(text: str, group: str) -> None:
    found = _found(text)
    assert found and all(f == (group, "named") for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Les syndicats OGBL et LCGB ont tenu un congrès. Selon les trois syndicats, la "
        "réforme est injuste.",
        "Les syndicats OGBL et LCGB ont tenu un congrès. Les syndicats CGT et FO aussi. "
        "Selon les deux syndicats, la réforme est injuste.",
        "Les syndicats CGT et FO se sont réunis. Selon les deux associations, la réforme est "
        "injuste.",
        "Les joueurs Paul Martin et Luc Robert sont partis. Selon les deux joueurs, la "
        "réforme est injuste.",
    ],
)
def test_no_single_fitting_group_leaves_the_description(text: str) -> None:
    [(speaker, label)] = _found(text)
    assert speaker.startswith("les") and label == "vague"


def test_the_count_is_any_number_the_lexicon_writes() -> None:
    """The count is read by the lexicon's ``number_words`` with their values, or digits (one
    reader for named groups and counted outlets, tidy10): « six », « 3 »; a count that does
    not fit (« sept » for six named) leaves the description vague."""
    six = "Les partis PS, MR, Ecolo, PTB, Vooruit et Groen ont signé un accord mardi. "
    assert _found(six + "Selon les six partis, la réforme est injuste.") == [
        ("Les partis PS, MR, Ecolo, PTB, Vooruit et Groen", "named")
    ]
    three = "Les partis PS, MR et Ecolo ont tenu un congrès. Les 3 partis ont affirmé que la "
    assert _found(three + "réforme est injuste.") == [("Les partis PS, MR et Ecolo", "named")]
    assert _found(six + "Selon les sept partis, la réforme est injuste.") == [
        ("les sept partis", "vague")
    ]
