"""cut46: a finding's speaker cut at the wrong place in its sentence is cut where its noun
phrase ends (a trailing article, preposition or relative; the subject after « que » when a
noun of speech or of an act comes before it), and a lone capitalised predicate (« Difficile »),
a neuter pronoun or a phrase headed by a noun of an act (« Une attaque frontale ») is no
speaker. Made-up phrases, firing and not firing."""

from __future__ import annotations

import pytest

from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.speakers.speaker_checks.cut_phrases import mended_speaker, not_a_speaker
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("speaker", "language", "mended"),
    [
        ("La voisine du boulanger de", "fr", "La voisine du boulanger"),
        ("Un riverain de Trélon en", "fr", "Un riverain de Trélon"),
        ("Le candidat n°4 qui", "fr", "Le candidat n°4"),
        ("Une attaque que Paul Girard", "fr", "Paul Girard"),
        ("Des accusations que la directrice", "fr", "la directrice"),
        ("two of whom had", "en", "two"),
        ("the tenants who", "en", "the tenants"),
        # not firing: whole noun phrases, a relative after a noun of a person
        (
            "les commerçants que Radio Sud a rencontrés",
            "fr",
            "les commerçants que Radio Sud a rencontrés",
        ),
        (
            "celle que tout le monde appelle la patronne",
            "fr",
            "celle que tout le monde appelle la patronne",
        ),
        ("l'une d'entre elles", "fr", "l'une d'entre elles"),
        ("le maire de Trélon", "fr", "le maire de Trélon"),
        ("Paul Girard", "fr", "Paul Girard"),
        ("la cellule de crise", "fr", "la cellule de crise"),
        ("Ils", "fr", "Ils"),
        ("the head of", "en", "the head"),
        ("the council leader", "en", "the council leader"),
    ],
)
def test_mended_speaker(speaker: str, language: str, mended: str) -> None:
    assert mended_speaker(speaker, load(language)) == mended


@pytest.mark.parametrize(
    ("speaker", "language", "no_one"),
    [
        ("Difficile", "fr", True),
        ("Impossible", "fr", True),
        ("Cela", "fr", True),
        ("Ravie", "fr", True),
        ("Une attaque frontale", "fr", True),
        ("Les inquiétudes des parents", "fr", True),
        ("The row", "en", True),
        # not firing: names, group pronouns, pronouns, nouns of people
        ("Certains", "fr", False),
        ("Plusieurs", "fr", False),
        ("Ils", "fr", False),
        ("Durand", "fr", False),
        ("Le projet de loi", "fr", False),
        ("Des informations", "fr", False),
        ("Some", "en", False),
        ("Smith", "en", False),
    ],
)
def test_not_a_speaker(speaker: str, language: str, no_one: bool) -> None:
    lex = load(language)
    assert not_a_speaker(speaker, lex) is no_one
    assert can_speak(speaker, lex) is not no_one
