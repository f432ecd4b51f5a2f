"""A person's office is never the one-word place, seat or party written in its complement
(holder44, made-up sentences): « Le maire de Bellac reçu à l'Elysée » gives « Elysée » the
mayor's title as written, « Le préfet de Saint-Pierre et Miquelon » gives it to « Miquelon »,
« ancienne élue Renouveau » the role « élue » to the party; a later « le maire », « le
préfet », « l'élue » takes up the person, not that word. A longer name the reader doubted is
still a person (« Bruno Le Maire »)."""

from __future__ import annotations

from tests.draft.readings import speaker_of


def test_the_mayor_is_not_the_seat_he_visits() -> None:
    """« Le maire de Bellac reçu à l'Elysée »: « l'Elysée » closes the title's complement."""
    text = (
        "Le maire de Bellac reçu à l'Elysée pour réclamer des moyens\n\n"
        "Le maire de Bellac va porter la voix des habitants ce jeudi à l'Elysée. Paul Roche a "
        "rendez-vous avec un conseiller du président.\n\n"
        "Paul Roche veut aider les familles du quartier. « Dans un mois ils sont chez eux, "
        "redoute le maire. Le commissaire fait ce qu'il peut. »"
    )
    assert speaker_of(text, "ils sont chez eux") == "Paul Roche"


def test_the_prefect_is_not_the_islands() -> None:
    """« Le préfet de Saint-Pierre et Miquelon »: the coordinated place is no prefect."""
    text = (
        "Le préfet fait le point sur les ports\n\n"
        "Le préfet de Saint-Pierre et Miquelon était l'invité du journal télévisé mercredi.\n\n"
        "Luc Martin, préfet de Saint-Pierre et Miquelon\n\n"
        "Pour les rotations d'hiver, le préfet rappelle qu'il n'y aura pas de voyage "
        "supplémentaire cette année."
    )
    assert speaker_of(text, "pas de voyage supplémentaire") == "Luc Martin"


def test_the_councillor_is_not_her_party() -> None:
    """« Marie Roux, ancienne élue Renouveau »: « l'élue » is Marie Roux, not the party."""
    text = (
        "Un budget contesté\n\n"
        "Le budget a été voté lundi soir. Marie Roux, ancienne élue Renouveau, a voté contre. "
        "L'élue a dénoncé le retard pris sur les pistes cyclables."
    )
    assert speaker_of(text, "retard pris") == "Marie Roux"


def test_a_longer_name_stays_a_person() -> None:
    """A guard: « le ministre de l'Economie Bruno Le Maire », then « le ministre »."""
    text = (
        "Les banques sous pression\n\n"
        "Le ministre de l'Economie Bruno Le Maire a reçu les banquiers mardi. "
        "Selon le ministre, les frais bancaires doivent baisser dès janvier."
    )
    assert speaker_of(text, "frais bancaires") == "Bruno Le Maire"
