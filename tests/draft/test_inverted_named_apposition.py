"""An inverted subject that a named body or person follows in apposition (made-up names):
« …, s'indigne ainsi le syndicat étudiant, la Feda » is said by the Feda, also with an adverb
before the subject and with the name's own article (« la Feda », « l'Ucef »). An emphatic
pronoun between the auxiliary and the participle (« s'est lui inquiété ») keeps the cue."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("« Ce n'est pas juste », s'indigne ainsi le syndicat étudiant, la Feda.", "Feda"),
        ("« Ce n'est pas juste », s'indigne le premier syndicat étudiant, la Feda.", "Feda"),
        ("« Ce n'est pas juste », dénonce l'association de parents, l'Ucef.", "Ucef"),
        ("« Ce n'est pas juste », a ainsi estimé le syndicat, Force Paysanne.", "Force Paysanne"),
        ("« Ce n'est pas juste », explique donc le porte-parole, Jean Roux.", "Jean Roux"),
    ],
)
def test_the_name_in_apposition_speaks(said: str, name: str) -> None:
    assert _found(said) == [(name, "named")]


def test_a_time_after_the_subject_is_no_name() -> None:
    said = "« Ce n'est pas juste », a estimé le syndicat étudiant, la semaine dernière."
    assert _found(said) == [("le syndicat étudiant", "anonymous")]


@pytest.mark.parametrize(
    "said",
    [
        "Le syndicat Feda s'est lui inquiété d'« un renforcement de la précarité ».",
        "La Feda s'est elle inquiétée d'« un renforcement de la précarité ».",
        "Les syndicats Feda et Ucef se sont eux inquiétés d'« un renforcement de la précarité ».",
    ],
)
def test_an_emphatic_pronoun_keeps_the_cue(said: str) -> None:
    assert len(_found(said)) == 1
