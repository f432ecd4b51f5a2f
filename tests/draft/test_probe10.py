"""French constructions the probe10 shapes of benchmarks/construction_probe.py found missed,
each in several forms (tenses, subject kinds, a relay) with a counter-case. Made-up people
and claims."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label as found

CLAIM = "la cantine restera fermée jusqu'en janvier"


# ----- a negated verb that grants its clause: « n'a pas caché que », « ne conteste pas que » -----
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Paul Mérand n'a pas caché que {CLAIM}.", "Paul Mérand"),
        (f"Le directeur de l'école, Paul Mérand, ne cache pas à l'AFP que {CLAIM}.", "Paul Mérand"),
        (f"Les parents d'élèves n'avaient jamais caché que {CLAIM}.", "Les parents d'élèves"),
        (f"La mairie ne conteste pas que {CLAIM}.", "La mairie"),
        (f"Paul Mérand n'a pas démenti au Parisien que {CLAIM}.", "Paul Mérand"),
        (f"Le syndicat n'a pas exclu à l'AFP que {CLAIM}.", "Le syndicat"),
        (f"Une enseignante ne niait pas à la presse que {CLAIM}.", "Une enseignante"),
    ],
)
def test_a_negated_verb_of_refusal_grants_its_clause(text: str, speaker: str) -> None:
    [(content, who, _)] = found(text)
    assert (content, who) == (CLAIM, speaker)


@pytest.mark.parametrize(
    "text",
    [
        f"Paul Mérand a caché que {CLAIM}.",  # hid: no speech
        "Paul Mérand n'a pas caché sa voiture au garage.",
        "Les parents ne cachent pas leurs enfants.",
        f"Paul Mérand n'a pas dit que {CLAIM}.",  # a negated verb of saying reports nothing
    ],
)
def test_hiding_or_a_negated_verb_of_saying_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- a narrative infinitive whose subject is a description, a group or a body -----
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"L'opposition municipale de rappeler que {CLAIM}.", "L'opposition municipale"),
        (f"Les parents d'élèves de souligner que {CLAIM}.", "Les parents d'élèves"),
        (f"Une habitante du quartier d'ajouter que {CLAIM}.", "Une habitante du quartier"),
        (f"Et le directeur de l'école, Paul Mérand, de rappeler que {CLAIM}.", "Paul Mérand"),
        (f"Le directeur de l'école, Paul Mérand, d'ajouter que {CLAIM}.", "Paul Mérand"),
    ],
)
def test_a_described_subject_then_de_and_a_reporting_verb_speaks(text: str, speaker: str) -> None:
    [(content, who, _)] = found(text)
    assert (content, who) == (CLAIM, speaker)


def test_a_body_then_de_and_a_reporting_verb_speaks_before_a_colon() -> None:
    [(content, who, _)] = found(f"La fédération des parents de préciser : « {CLAIM}. »")
    assert (content, who) == (CLAIM + ".", "La fédération des parents")


@pytest.mark.parametrize(
    "text",
    [
        f"Le droit de rappeler que {CLAIM} appartient à la mairie.",
        f"La volonté du directeur de rappeler que {CLAIM} surprend.",
        f"Le moment de dire que {CLAIM} est venu.",
    ],
)
def test_a_noun_that_is_no_person_before_de_makes_no_cue(text: str) -> None:
    assert found(text) == []


# ----- verbs that report only in a speech shape: « faire observer », « marteler » -----
@pytest.mark.parametrize(
    "text",
    [
        f"Paul Mérand fait valoir que {CLAIM}.",
        f"Les parents ont fait remarquer que {CLAIM}.",
        f"La mairie faisait observer que {CLAIM}.",
        f"Le syndicat martèle que {CLAIM}.",
        f"Paul Mérand a martelé : « {CLAIM}. »",
    ],
)
def test_a_speech_shape_verb_reports_its_clause(text: str) -> None:
    [(content, _, _)] = found(text)
    assert content.rstrip(".") == CLAIM


@pytest.mark.parametrize(
    "text",
    [
        "Le professeur fait observer les étoiles aux élèves.",
        "L'orage martèle les toits de la ville.",
        "Le gardien a remarqué la voiture devant l'école.",
    ],
)
def test_a_speech_shape_verb_with_a_plain_object_reports_nothing(text: str) -> None:
    assert found(text) == []
