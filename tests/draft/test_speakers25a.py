"""Who a French description speaks for (speakers25a, made-up sentences): a bare definite
description opening a sentence takes up the earlier description with its head (« Le directeur
de l'usine … Le directeur craint … »), never the one person the sentence before happened to
name; a demonstrative before a word of inhabitants (« cette Lyonnaise ») is a description of
the person just heard, never a name."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


@pytest.mark.parametrize(
    ("opening", "bare", "name"),
    [
        ("Le directeur de l'usine n'a pas caché sa colère.", "Le directeur", "Paul Verdier"),
        ("Le maire du village ne mâche pas ses mots.", "Le maire", "Paul Verdier"),
        ("La présidente du club se dit choquée.", "La présidente", "Marie Verdier"),
    ],
)
def test_a_bare_description_takes_up_the_fuller_one(opening: str, bare: str, name: str) -> None:
    """The fuller description, then its holder's name heard after a quotation, is who
    « Le directeur » is; not the one person the sentence before it named."""
    other = "Marius" if name.startswith("Paul") else "Marie-Jeanne"
    text = (
        f"{opening} « C'est un gâchis », déplore {name}.\n\n"
        f"La statue représente {other} tenant une rame. "
        f"{bare} craint que la statue soit fondue."
    )
    assert _speaker_of(text, "fondue") == name


def test_a_bare_description_with_no_fuller_one_before_it() -> None:
    """Counter-case: no description with that head before it; « Le maire » is his own."""
    text = (
        "Le directeur de l'usine n'a pas caché sa colère. « C'est un gâchis », déplore Paul "
        "Verdier.\n\nLa statue représente Marius tenant une rame. Le maire craint que la "
        "statue soit fondue."
    )
    assert _speaker_of(text, "fondue") != "Paul Verdier"


@pytest.mark.parametrize(
    "described",
    ["cette Lyonnaise", "cette Toulousaine", "la Lyonnaise"],
)
def test_a_demonstrative_before_a_word_of_inhabitants_is_no_name(described: str) -> None:
    text = (
        "La chaleur a rempli la piscine, où Martine s'est réfugiée. « On étouffait chez "
        f"nous », indique {described}."
    )
    assert _speaker_of(text, "étouffait") == "Martine"


@pytest.mark.parametrize("described", ["ce Lyonnais", "cet Avignonnais"])
def test_a_demonstrative_masculine(described: str) -> None:
    text = f"Sur le marché, Gérard vend des fruits. « Il fait trop chaud », confie {described}."
    assert _speaker_of(text, "chaud") == "Gérard"


def test_a_demonstrative_before_a_plain_name_stays_a_name() -> None:
    """Counter-case: a capitalised word with no ending of inhabitants is not read so."""
    analysis = analyze("Titre\n\nMartine nage. « Il fait chaud », indique cette Martinez.", "fr")
    assert [a.speaker for a in analysis.attributions] != ["Martine"]


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("le directeur de cabinet de la préfecture du Var, Paul Roux", "la préfecture"),
        ("le porte-parole du gouvernement malien, Paul Roux", "le gouvernement"),
    ],
)
def test_a_body_never_takes_up_a_person_titled_by_it(title: str, bare: str) -> None:
    """A body named in the complement of someone's title is the body, not that person."""
    text = (
        f"Le port a rouvert dimanche, a précisé {title}.\n\n"
        f"Aucune rotation n'a été annulée, selon {bare}."
    )
    assert "Roux" not in _speaker_of(text, "rotation")


def test_an_office_still_takes_up_its_holder() -> None:
    """Counter-case: a person noun (« le directeur ») is still the person titled so."""
    text = (
        "Le port a rouvert dimanche, a précisé le directeur du port, Paul Roux.\n\n"
        "Aucune rotation n'a été annulée, selon le directeur."
    )
    assert _speaker_of(text, "rotation") == "Paul Roux"


@pytest.mark.parametrize(
    ("between", "described"),
    [
        ("Ses enfants sont tombés malades à la veille de Noël.", "la mère de famille"),
        ("Ses fils ont vu passer Bruno Marchal.", "la mère de famille"),
        ("Ses fils ont vu passer Bruno Marchal.", "l'infirmière"),
    ],
)
def test_the_gender_picks_the_one_person_named_before(between: str, described: str) -> None:
    """Two named just before it, one of the description's gender: that one."""
    text = f"C'est le cas de Sophie. {between} « Il faut du sirop », confie {described}."
    assert _speaker_of(text, "sirop") == "Sophie"


def test_two_of_the_gender_named_before_stay_apart() -> None:
    """Counter-case: two women named just before it: the description names neither."""
    text = (
        "C'est le cas de Sophie. Ses fils ont vu Julie Marchal. « Il faut du sirop », confie "
        "la mère de famille."
    )
    assert _speaker_of(text, "sirop") not in ("Sophie", "Julie Marchal")
