"""A civil title before a name that opens on a particle (made-up sentences): « M. de Blauwe »,
« M. Le Gall », « M. d'Ormesson », "Mr. van der Berg" name one person; the title's period is no
end of the subject, and the particles belong to the name. Two lowercase particles join a name
only when the first is not « de » (« von der Leyen »): « Martin de la CGT » is a name and its
organisation."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import speakers


@pytest.mark.parametrize(
    "text",
    [
        "« La hausse est injuste », affirme M. de Blauwe.",
        "« La hausse est injuste », a affirmé M. de Blauwe au Parisien.",
        "« La hausse est injuste », avait estimé mardi M. de Blauwe.",
        "M. de Blauwe affirme que la hausse est injuste.",
        "Selon M. de Blauwe, la hausse est injuste.",
        "La hausse est injuste, juge M. de Blauwe.",
    ],
)
def test_a_title_then_de_then_a_surname_is_one_person(text: str) -> None:
    assert speakers(text) == ["M. de Blauwe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Rien n'est réglé », estime M. Le Gall.", "M. Le Gall"),
        ("« Rien n'est réglé », a déclaré Mme Le Gall.", "Mme Le Gall"),
        ("« Rien n'est réglé », affirme M. d'Ormesson.", "M. d'Ormesson"),
        ("« Rien n'est réglé », affirme M. d’Ormesson.", "M. d’Ormesson"),
        ("« Rien n'est réglé », a répondu M. du Pont.", "M. du Pont"),
        ("« Rien n'est réglé », estime Ursula von der Leyen.", "Ursula von der Leyen"),
    ],
)
def test_other_particles_after_a_title_or_a_first_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“It is unfair,” said Mr. de Blauwe.",
        "“It is unfair,” Mr. de Blauwe said.",
        "Mr. de Blauwe said that the rise was unfair.",
    ],
)
def test_english_titles_before_a_particle(text: str) -> None:
    assert speakers(text, "en") == ["Mr. de Blauwe"]


def test_the_full_name_given_before_is_who_the_titled_name_is() -> None:
    text = (
        "Arnaud de Blauwe, président de l'association, juge la hausse injuste. "
        "« C'est un scandale », affirme M. de Blauwe."
    )
    assert speakers(text) == ["Arnaud de Blauwe", "Arnaud de Blauwe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Rien n'est réglé », estime Philippe Martin de la CGT.", "Philippe Martin"),
        ("« Rien n'est réglé », a dit M. Martin de la CGT.", "M. Martin"),
        ("« Rien n'est réglé », a dit M. Martin de La Poste.", "M. Martin"),
    ],
)
def test_a_name_then_its_organisation_stays_apart(text: str, speaker: str) -> None:
    """Counter-case: « de la X », « de La X » after a name is its organisation."""
    assert speakers(text) == [speaker]


def test_a_title_then_an_office_is_no_name() -> None:
    """Counter-case: « M. le maire » names no « le maire » person by the particle rule."""
    found = analyze("« Rien n'est réglé », estime M. le maire.", "fr").attributions
    assert [(a.speaker, a.label) for a in found] == [("M. le maire", "anonymous")]  # mend57g
