"""A French description whose head noun is in none of the lexicon's person lists is no
person (speakers39, made-up sentences): « le tract », « le premier discours de son mandat »
are not taken up by a later « il » or a lone quotation, while the general person nouns
the lists now hold (« la maman », « le vice-procureur », « le collectif ») stay people."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_pronoun_after_selon_a_leaflet_takes_up_the_person() -> None:
    """« Selon le tract des commerçants, … Il … »: the leaflet is no person, so the
    « assure-t-il » is the bar owner's."""
    text = (
        "Jean Morel tient le bar de la place depuis vingt ans. Selon le tract des commerçants, "
        "la rue sera fermée tout l'été. Il ne s'en inquiète pas. « Mes clients viendront à "
        "pied, assure-t-il. Ils l'ont toujours fait. »"
    )
    assert _speaker_of(text, "Mes clients") == "Jean Morel"


def test_pronoun_after_selon_a_programme_takes_up_the_person() -> None:
    """« Selon le programme de la fête, … Il … »: the programme is no person, so the
    « précise-t-il » is the organiser's."""
    text = (
        "Marc Vidal organise la fête du village depuis dix ans. Selon le programme de la "
        "fête, le défilé partira à midi. Il attend deux mille visiteurs. « Nous avons prévu "
        "des navettes, précise-t-il. Le parking sera gratuit. »"
    )
    assert _speaker_of(text, "prévu des navettes") == "Marc Vidal"


def test_general_person_noun_stays_a_person() -> None:
    """« la maman d'une élève » is a person (lexicon ``general_person_nouns``): her « dit-elle »
    is hers (passes before and after)."""
    text = (
        "L'école du village a fermé sans prévenir lundi. Selon la maman d'une élève, aucun "
        "parent n'a été averti. « Personne ne nous a rien dit, raconte-t-elle. Nous avons "
        "attendu devant la grille. »"
    )
    assert _speaker_of(text, "Personne ne nous") == "la maman d'une élève"


def test_deputy_prosecutor_stays_a_person() -> None:
    """« le vice-procureur » is a person: his « précise-t-il » is his."""
    text = (
        "Deux hommes ont été interpellés dans la nuit. Selon le vice-procureur, l'enquête "
        "avance vite. « Les auteurs seront jugés en juin, précise-t-il. Ils restent en "
        "détention. »"
    )
    assert _speaker_of(text, "seront jugés") == "le vice-procureur"
