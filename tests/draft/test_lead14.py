"""The fourteenth round's lead pass: where an inverted « on » was heard (« indique-t-on dans
l'entourage du ministre », « assure-t-on à l'Élysée »), « de même source » taking up the last
source, and « faire » + infinitive cues with an inverted subject (« fait-il valoir »). Made-up
sentences in several forms, each with a counter-case."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_label, speakers


@pytest.mark.parametrize(
    ("said", "speaker", "label"),
    [
        ("a-t-on indiqué dans l'entourage du président", "l'entourage du président", "vague"),
        ("explique-t-on mardi dans l'entourage du préfet", "l'entourage du préfet", "vague"),
        ("juge-t-on dans les rangs de la majorité", "les rangs de la majorité", "vague"),
        ("a-t-on indiqué à l'AFP dans l'entourage du maire", "l'entourage du maire", "vague"),
        ("assure-t-on à l'Élysée", "Élysée", "named"),
        ("indique-t-on chez Renault", "Renault", "named"),
        ("a-t-on appris jeudi à Matignon", "Matignon", "named"),
        ("assure-t-on à la Maison-Blanche", "Maison-Blanche", "named"),
    ],
)
def test_an_inverted_on_takes_the_circle_or_the_place_it_was_heard_in(
    said: str, speaker: str, label: str
) -> None:
    text = f"Le sommet prévu à Bruxelles est reporté d'une semaine, {said}."
    assert content_speaker_label(text) == [
        ("Le sommet prévu à Bruxelles est reporté d'une semaine", speaker, label)
    ]


@pytest.mark.parametrize(
    "said",
    [
        "explique-t-on dans un communiqué",  # a channel names no one
        "explique-t-on à la presse",  # an audience
        "dit-on dans les couloirs",  # a place that is no circle
        "dit-on au village",  # a common noun, not a name
        "dit-on à Marseille",  # a town is where it was heard (review14)
        "a-t-on appris à Paris",
        "dit-on aux États-Unis",  # so is a country
        "a-t-on appris",
    ],
)
def test_an_inverted_on_with_no_circle_or_name_stays_impersonal(said: str) -> None:
    text = f"Le sommet prévu à Bruxelles est reporté d'une semaine, {said}."
    assert speakers(text) == ["on"]


def test_whom_on_learnt_it_from_still_comes_first() -> None:
    text = "Le sommet est reporté, a-t-on appris à Paris de source diplomatique."
    assert speakers(text) == ["source diplomatique"]


@pytest.mark.parametrize("same", ["de même source", "selon la même source", "de mêmes sources"])
def test_the_same_source_takes_up_the_last_one(same: str) -> None:
    cue = "a-t-on précisé " if same.startswith("de") else ""
    text = (
        "Le maire a démissionné, a-t-on appris de source municipale. "
        f"Son adjoint assure l'intérim, {cue}{same}."
    )
    assert speakers(text) == ["source municipale", "source municipale"]


@pytest.mark.parametrize(
    "cue",
    ["fait-il valoir", "fait-elle savoir", "faisait-il remarquer", "font-ils valoir"],
)
def test_faire_and_an_infinitive_with_its_subject_inverted(cue: str) -> None:
    text = f"Le maire est arrivé lundi. « Rien n'est décidé », {cue}."
    found = content_speaker_label(text)
    assert [content for content, _, _ in found] == ["Rien n'est décidé"]


def test_faire_and_a_noun_is_no_cue() -> None:
    assert speakers("Le maire fait-il partie du conseil ? Personne ne le sait.") == []


@pytest.mark.parametrize(
    "said",
    [
        "explique-t-on à l'AFP",  # review14: the outlet told is the audience, not a place
        "a-t-on indiqué à Franceinfo",
        "confie-t-on au Parisien",
        "précise-t-on lundi à BFMTV",
        "assure-t-on à Radio Lunel",
    ],
)
def test_an_inverted_on_speaking_to_a_named_outlet_stays_impersonal(said: str) -> None:
    text = f"Le sommet prévu à Bruxelles est reporté d'une semaine, {said}."
    assert speakers(text) == ["on"]


@pytest.mark.parametrize(
    ("told", "via"),
    [("a confié au Monde", "Monde"), ("a déclaré au Parisien", "Parisien"),
     ("a expliqué aux Echos", "Echos"), ("a confié à Libération", "Libération")],
)  # fmt: skip
def test_an_outlet_after_a_contracted_article_relays(told: str, via: str) -> None:
    """« au Monde »: « au » holds the « Le » of « Le Monde »; read as a person's name, the
    outlet took the description after it (« le maire ») for itself."""
    found = analyze(f"Le pont sera rouvert lundi, {told} le maire de la commune.", "fr")
    assert [(a.speaker, a.via) for a in found.attributions] == [("le maire de la commune", via)]


def test_an_outlet_named_with_its_article_still_speaks() -> None:
    assert speakers("Le Monde a révélé que le pont serait rouvert lundi.") == ["Le Monde"]
