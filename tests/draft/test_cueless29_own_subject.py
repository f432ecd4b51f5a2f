"""A quotation with no cue whose own sentence has a person as its subject, before the
quotation (made-up sentences): « X pose la question « … » », « X, lui, regarde la foule
« … » ». The narration names the speaker in the quotation's own sentence, so that person is
looked for before the sentences before it and before the last speaker. A sentence whose
subject is a pronoun, a quotation with nobody heard before it, and English stay as they were
(cueless29)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_BUDGET = (
    "Le maire Paul Dubreuil a salué le budget. « C'est un budget sérieux », a-t-il déclaré.\n\n"
)
_RACE = (
    "La coureuse Sonia Marchetti a fini troisième. « J'aurais pu espérer mieux sur ce "
    "parcours », a-t-elle reconnu.\n\n"
)


@pytest.mark.parametrize(
    ("before", "sentence", "speaker"),
    [
        (
            _BUDGET,
            "Hervé Lamarque pose la question « Où sont passées les économies promises ? »",
            "Hervé Lamarque",
        ),
        (
            _RACE,
            "Hervé Lamarque, lui, regarde la foule « Je n'ai jamais vu autant de monde ici. »",
            "Hervé Lamarque",
        ),
        (
            _RACE,
            "Au sommet, Marion Texier lève les bras « Personne ne croyait que nous finirions ! »",
            "Marion Texier",
        ),
    ],
)
def test_the_subject_of_the_quotations_own_sentence_said_it(
    before: str, sentence: str, speaker: str
) -> None:
    assert speakers(before + sentence)[-1] == speaker


def test_a_pronoun_subject_leaves_the_last_speaker() -> None:
    text = _RACE + "Elle regarde la foule « Je n'ai jamais vu autant de monde ici. »"
    assert speakers(text)[-1] == "Sonia Marchetti"


def test_a_quotation_with_nobody_heard_before_stays_unattributed() -> None:
    text = (
        "Hervé Lamarque a été reçu lundi par la « commission chargée des moyens alloués aux "
        "écoles de la ville ». La réunion a duré trois heures."
    )
    assert speakers(text) == []


def test_english_keeps_the_last_speaker() -> None:
    text = (
        "Dana Miller finished third. “I could have hoped for more on this course,” she said.\n\n"
        "Tom Becker looks at the crowd “I have never seen so many people up here before.”"
    )
    assert speakers(text, "en")[-1] == "Dana Miller"


_VISIT = "Le ministre Paul Dubreuil a visité la caserne jeudi avec sa collègue.\n\n"
_CONDEMN = (
    "« condamner avec la plus grande fermeté les violences faites aux pompiers de la commune »."
)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("La première parole de Marion Texier est pour ", "Marion Texier"),
        ("Le premier souci d'Hervé Lamarque, ce matin, reste de ", "Hervé Lamarque"),
    ],
)
def test_the_one_person_its_own_sentence_names_said_it(lead: str, speaker: str) -> None:
    assert speakers(_VISIT + lead + _CONDEMN)[-1] == speaker


def test_two_people_in_its_own_sentence_leave_it_as_it_was() -> None:
    lead = "La première parole de Marion Texier et d'Hervé Lamarque est pour "
    assert speakers(_VISIT + lead + _CONDEMN)[-1] == "Paul Dubreuil"
