"""noone53: speakers that are no one. « Celui qui… » / « Celle qui… » opening a sentence of
narration takes up the person the paragraph is about, as « Il » / « Elle » would, instead of
speaking as « Celui ». Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_an_opening_celui_qui_takes_up_the_person_before() -> None:
    text = (
        "Après une longue réflexion, Marc Olivier a tranché : il sera candidat en mars. Celui "
        "qui lors de ses vœux évoquait « un choix collectif » veut finir le chantier du port."
    )
    assert _speakers(text)[-1] == "Marc Olivier"


def test_an_opening_celle_qui_takes_up_the_woman_before() -> None:
    text = (
        "Claire Bodin tient la boulangerie de la place depuis vingt ans. Celle qui a vu le "
        "quartier changer affirme que les clients ont peur de sortir le soir."
    )
    assert _speakers(text) == ["Claire Bodin"]
