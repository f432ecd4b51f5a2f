"""A French headline's finite verb of demanding or announcing and its object (intent48,
made-up articles): « Les parents réclament la réouverture de l'école » reports what the
parents ask for, their programme, where a headline's bare verb and object is otherwise the
outlet's framing (« Les parents contestent la fermeture… » stays so; recall53a reports the
verbs of blaming, praising and calling of ``framing_stance_verbs``, « dénoncent », too). An
infinitive of purpose (« … pour réclamer la réouverture ») narrates an act and stays framing."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content

BODY = (
    "\n\nLes parents d'élèves se sont réunis lundi soir devant la mairie. « Nous ne lâcherons "
    "rien », a déclaré Paul Martin, leur porte-parole."
)


def _headline(line: str) -> list[tuple[str, str]]:
    """The findings of the headline ``line`` over the shared body."""
    text = line + BODY
    return [(who, what) for who, what in speaker_content(text) if what in line]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "Saint-Aubin : les parents réclament la réouverture de l'école",
            ("les parents", "la réouverture de l'école"),
        ),
        (
            "Les parents d'élèves demandent un second car scolaire",
            ("Les parents d'élèves", "un second car scolaire"),
        ),
        (
            "Paul Martin annonce la création d'une association de parents",
            ("Paul Martin", "la création d'une association de parents"),
        ),
    ],
)
def test_a_headline_demand_is_said(line: str, found: tuple[str, str]) -> None:
    assert _headline(line) == [found]


@pytest.mark.parametrize(
    "line",
    [
        "Les parents d'élèves contestent la fermeture de l'école",
        "Les parents écrivent au préfet pour réclamer la réouverture de l'école",
    ],
)
def test_blame_and_purpose_stay_framing(line: str) -> None:
    assert _headline(line) == []


def test_english_headline_unchanged() -> None:
    text = "Parents demand reopening of village school\n\nParents met on Monday, a teacher said."
    assert [c for _, c in speaker_content(text, "en") if "reopening" in c] == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "Les parents réclament la réouverture de l'école devant la préfecture à Sorbiers",
            ("Les parents", "la réouverture de l'école"),
        ),
        (
            "Les parents réclament la réouverture de l'école à Sorbiers",
            ("Les parents", "la réouverture de l'école"),
        ),
        (
            "Les parents réclament un référendum sur la réouverture de l'école",
            ("Les parents", "un référendum sur la réouverture de l'école"),
        ),
    ],
)
def test_a_demand_ends_before_its_setting(line: str, found: tuple[str, str]) -> None:
    """« … devant la préfecture à X », « … à X »: where the demand was made is no part of
    it; « sur … » may be the measure's own complement and stays (mend48a)."""
    assert _headline(line) == [found]
