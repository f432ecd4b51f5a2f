"""A bare description of a person stands for the one person of its sex the article named
before it (speakers29, made-up sentences): « Lina X et Hugo Y gèrent le moulin. […]
L'éleveuse affirme… » is Lina, as a reader takes it; when two people of that sex were
named, or someone whose sex the article never showed, the description stays its own."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label

_BETWEEN = " Le vent souffle depuis lundi. Les champs sont secs. La rivière baisse. "


def _speaker_of(opening: str, description: str) -> list[tuple[str, str]]:
    text = f"Titre\n\n{opening}{_BETWEEN}{description} affirme que la récolte tiendra."
    found = content_speaker_label(text)
    return [(s, lab) for c, s, lab in found if "récolte" in c]


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Lina Barrois et Hugo Sentier gèrent le moulin de Vaux.", "L'éleveuse", "Lina Barrois"),
        ("Lina Barrois et Hugo Sentier gèrent le moulin de Vaux.", "L'éleveur", "Hugo Sentier"),
        ("Hugo Sentier a ouvert la boutique. Lina Barrois l'a rejoint en mai.",
         "La commerçante", "Lina Barrois"),
        ("On a croisé Lina Barrois au marché avec Hugo Sentier.", "Le fromager", "Hugo Sentier"),
    ],
)  # fmt: skip
def test_the_one_person_of_its_sex_named_before(
    opening: str, description: str, speaker: str
) -> None:
    assert _speaker_of(opening, description) == [(speaker, "named")]


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("Lina Barrois et Anne Sentier gèrent le moulin de Vaux.", "L'éleveuse"),
        ("Lina Barrois et Camille Sentier gèrent le moulin de Vaux.", "L'éleveuse"),
        ("Paul Barrois et Hugo Sentier gèrent le moulin de Vaux.", "L'éleveuse"),
    ],
)
def test_two_of_its_sex_someone_unknown_or_none_leave_it_alone(
    opening: str, description: str
) -> None:
    """Counter-cases: two women named, a « Camille » whose sex is never shown (she may be
    the one), or no woman at all: the description stays its own speaker."""
    assert [s for s, _ in _speaker_of(opening, description)] == [description]
