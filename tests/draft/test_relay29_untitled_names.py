"""Names that take no title of the words around them (made-up sentences, relay29).

The one a statement was made to, after « à » / « au » behind a reporting verb or behind its
inverted subject (« confie à Radio Vallée Haute le maire… », « indiquait la préfète à Radio
Vallée Haute »), is the relay: the description beside it is the subject's, never that
name's. A place ending a complement (« le président du comité de quartier Brévol ») does not
take the title written before it. Counter-cases stay as they were: a title beside a person
named after « à » outside a relay, a title before a person's name, an apposition after a
place, and the outlet a statement went through kept as its relay.
"""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_TOLD = [
    (
        "« Trois rues sont fermées », détaille à Radio Pays Vallon le maire de la commune "
        "Lucien Farbert.",
        "Trois rues",
        "Lucien Farbert",
    ),
    (
        "« Trois rues sont fermées », a expliqué à France Radio Vallon la maire du village "
        "Odile Brenac.",
        "Trois rues",
        "Odile Brenac",
    ),
    (
        "Les écoles resteront fermées lundi, indiquait la préfète à France Radio Vallon.",
        "Les écoles",
        "la préfète",
    ),
    (
        "La digue a cédé dans la nuit, a confirmé le directeur du port à Radio Littoral Ouest.",
        "La digue",
        "le directeur du port",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _TOLD)
def test_the_one_told_is_no_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of("Titre\n\n" + text, content) == speaker


_PIECES = [
    (
        "« Ce chantier est une erreur », affirme le président du comité de quartier "
        "Brévol-le-Haut.",
        "Ce chantier",
        "le président du comité de quartier Brévol-le-Haut",
    ),
    (
        "« Ce chantier est une erreur », estime la présidente de l'association de quartier "
        "Sainte-Odile.",
        "Ce chantier",
        "la présidente de l'association de quartier Sainte-Odile",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _PIECES)
def test_a_place_ending_a_complement_is_no_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of("Titre\n\n" + text, content) == speaker


_KEPT = [
    (  # a person's name after its title: the title is the person's
        "Le maire de la commune Lucien Farbert a visité le chantier. « Trois rues sont "
        "fermées », a déclaré le maire.",
        "Trois rues",
        "Lucien Farbert",
    ),
    (  # a person named after « à » with no cue before: the title beside the name is hers
        "Le prix a été remis à Odile Brenac, maire du village. « Je suis fière », a "
        "déclaré la maire.",
        "Je suis fière",
        "Odile Brenac",
    ),
    (  # the subject before the verb, the relay after it
        "Lucien Farbert, maire de la commune, a confié à Radio Pays Vallon que trois rues "
        "étaient fermées.",
        "trois rues",
        "Lucien Farbert",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _KEPT)
def test_titles_beside_people_stay(text: str, content: str, speaker: str) -> None:
    assert speaker_of("Titre\n\n" + text, content) == speaker
