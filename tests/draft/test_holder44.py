"""A person's office is never the one-word place, seat or party written in its complement
(holder44, made-up sentences): « Le maire de Bellac reçu à l'Elysée » gives « Elysée » the
mayor's title as written, « Le préfet de Saint-Pierre et Miquelon » gives it to « Miquelon »;
a later « le maire », « le préfet » takes up the person, not that word. A surname written
right after the title (« Le maire Marchand ») and a longer name the reader doubted (« Bruno
Le Maire ») are still the holder."""

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


def test_a_surname_after_its_title_stays_the_holder() -> None:
    """A guard: « Le maire Marchand », one word the reader doubted, written right after the
    title's head, is the mayor's surname, not a place."""
    text = (
        "Titre\n\n"
        "Le maire Marchand a reçu les riverains mardi. Le chantier a pris du retard. "
        "Selon le maire, les travaux reprendront en mars."
    )
    assert speaker_of(text, "travaux reprendront") == "Marchand"


def test_a_longer_name_stays_a_person() -> None:
    """A guard: « le ministre de l'Economie Bruno Le Maire », then « le ministre »."""
    text = (
        "Les banques sous pression\n\n"
        "Le ministre de l'Economie Bruno Le Maire a reçu les banquiers mardi. "
        "Selon le ministre, les frais bancaires doivent baisser dès janvier."
    )
    assert speaker_of(text, "frais bancaires") == "Bruno Le Maire"
