"""Who speaks and with what label (speakers23, made-up sentences): a time or place set before
the subject is no name (« Mi-mars, la libraire alerte… », « À Brest, la cheffe indique… »);
and an age leaves a description bare, so that it takes up the one person named
(« l'ébéniste de 52 ans »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _said(text: str, word: str = "route") -> list[tuple[str, str]]:
    found = content_speaker_label("Titre\n\n" + text)
    return [(s, lab) for c, s, lab in found if word in c]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mi-mars, la libraire alerte les élus sur l'état de la route.", "la libraire"),
        ("Fin-avril, la gérante a indiqué que la route serait fermée.", "la gérante"),
        ("À Brest, la cheffe de chantier a indiqué que la route serait fermée.",
         "la cheffe de chantier"),
        ("En Bretagne, le responsable a annoncé que la route serait fermée.", "le responsable"),
    ],
)  # fmt: skip
def test_a_setting_before_the_subject_is_no_name(sentence: str, speaker: str) -> None:
    assert [s for s, _ in _said(sentence)] == [speaker]


def test_a_name_before_the_subject_still_speaks() -> None:
    """Counter-case: « Paul Dubreuil, le gérant, » is the name with its apposition."""
    sentence = "Paul Dubreuil, le gérant, a indiqué que la route serait fermée."
    assert [s for s, _ in _said(sentence)] == ["Paul Dubreuil"]


@pytest.mark.parametrize(
    "description",
    ["l'ébéniste de 52 ans", "le chauffeur âgé de 47 ans", "la fleuriste de 29 ans"],
)
def test_an_age_leaves_the_description_bare(description: str) -> None:
    person = "Nadia Ferrand" if "fleuriste" in description else "Hugo Ferrand"
    text = (
        f"{person} ouvre son atelier chaque matin depuis dix ans.\n\n"
        f'"La route est coupée depuis des semaines", déplore {description}.'
    )
    assert _said(text) == [(person, "named")]


def test_an_age_with_another_complement_stays_its_own() -> None:
    """Counter-case: « l'ébéniste du village voisin » has a complement saying where."""
    text = (
        "Hugo Ferrand ouvre son atelier chaque matin depuis dix ans.\n\n"
        '"La route est coupée depuis des semaines", déplore l\'ébéniste du village voisin.'
    )
    assert [s for s, _ in _said(text)] != ["Hugo Ferrand"]
