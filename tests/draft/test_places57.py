"""places57: a place is never a speaker by itself. A name the article writes after a noun
only a place completes (« le maire de Valbourg », « les communes de Valbourg », « la
basilique Saint-Firmin de Valbourg ») is a place, as after « à »; a heading « Valbourg :
« … » » names where the story is, and its quotation is the voice the story quotes next; a
lone quotation given to a place passes to the nearest finding with someone speaking. Made-up
texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.place_names import place_named
from quizapp.draft.words.lexicon import load

_HEADING = (
    "Valbourg : « Rendre vie à la grand-rue »\n\n"
    "« Nous avons attendu ces travaux pendant dix ans », annonçait vendredi le maire de "
    "Valbourg, Paul Ferrandier. « Il fallait rendre vie à la grand-rue. »\n\n"
    "Pour rappel, en trois mois, Valbourg a inauguré le nouveau musée du verre.\n"
)

_LONE = (
    "Deux listes pour Valbourg\n\n"
    "Valbourg abrite 450 habitants, mais un million de touristes visitent chaque année la "
    "basilique Saint-Firmin de Valbourg.\n\n"
    "Accueillir les visiteurs est l'un des objectifs des six prochaines années, selon le maire "
    "sortant Hubert Lamarre. L'autre point important : la rénovation des espaces publics de "
    "Valbourg. « Durant le mandat précédent, nous avons lancé une étude qui donne un cahier "
    "des charges très précis. »\n"
)


def _speakers(text: str, language: str = "fr") -> list[str]:
    head = text.partition("\n")[0]
    return [f.speaker for f in analyze(text, language, headline=head).attributions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le maire de Valbourg a présenté ses vœux.", "Valbourg"),
        ("Les camions ne traversent plus les communes de Valbourg et de Merlieu.", "Valbourg"),
        (
            "Les touristes visitent la basilique Saint-Firmin de Valbourg.",
            "Saint-Firmin de Valbourg",
        ),
        ("Le centre-ville d'Orvannes a été refait.", "Orvannes"),
    ],
)
def test_a_name_after_a_noun_of_place_is_a_place(text: str, name: str) -> None:
    assert place_named(name, Registry(text, load("fr")), load("fr"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le fils de Valbourg a présenté ses vœux.", "Valbourg"),
        ("La mairie de Valbourg a répondu.", "Mairie de Valbourg"),
        ("La directrice de la Ville Florence Arnaud a répondu.", "Florence Arnaud"),
    ],
)
def test_a_name_after_another_noun_is_not_made_a_place(text: str, name: str) -> None:
    assert not place_named(name, Registry(text, load("fr")), load("fr"))


def test_a_heading_quotation_goes_to_the_one_the_story_quotes() -> None:
    assert _speakers(_HEADING)[0] == "Paul Ferrandier"


def test_a_lone_quotation_given_to_a_place_goes_to_the_voice_before() -> None:
    assert _speakers(_LONE) == ["Hubert Lamarre", "Hubert Lamarre"]
