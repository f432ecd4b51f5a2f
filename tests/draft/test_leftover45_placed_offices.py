"""A person's office is never the one-word place named after a kind of place in its
complement (leftover45, made-up sentences): holder44 passed over a one-word name no person's
written after a preposition or an article (« reçu à l'Elysée »); mend44b read that word in a
short window, so « la préfète de la zone Grand-Ouest », « le préfet de la région Occitanie »
gave the office to the place again. A noun of a kind of place (lexicon ``place_kind_nouns``)
opened by such a word names the place it is written with; an office noun (« Le maire
Marchand ») does not."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_LATER = "\n\nSelon {office}, les routes resteront fermées jusqu'à jeudi."


def test_the_prefect_is_not_her_zone() -> None:
    """« la préfète de la zone Grand-Ouest », then her name, then « la préfète »."""
    text = (
        "Titre\n\nLa préfète de la zone Grand-Ouest a réuni les maires mardi.\n\n"
        "Jeanne Roux, préfète de la zone Grand-Ouest" + _LATER.format(office="la préfète")
    )
    assert speaker_of(text, "routes resteront") == "Jeanne Roux"


def test_the_prefect_is_not_his_region() -> None:
    """« le préfet de la région Occitanie », then his name, then « le préfet »."""
    text = (
        "Titre\n\nLe préfet de la région Occitanie a réuni les maires mardi.\n\n"
        "Jean Roux, préfet de la région Occitanie" + _LATER.format(office="le préfet")
    )
    assert speaker_of(text, "routes resteront") == "Jean Roux"


def test_an_office_with_no_holder_stays_itself() -> None:
    """No name is written: « la préfète » is the office, not « Grand-Ouest »."""
    text = "Titre\n\nLa préfète de la zone Grand-Ouest a réuni les maires mardi." + _LATER.format(
        office="la préfète"
    )
    assert speaker_of(text, "routes resteront") == "la préfète"


def test_a_surname_after_the_office_stays_the_holder() -> None:
    """A guard: « Le préfet Marchand », an office noun before the name, is his surname."""
    text = "Titre\n\nLe préfet Marchand a réuni les maires mardi." + _LATER.format(
        office="le préfet"
    )
    assert speaker_of(text, "routes resteront") == "Marchand"
