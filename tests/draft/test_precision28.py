"""precision28: a purpose clause that opens its sentence (« Pour prévenir les risques, le
maire a pris un arrêté ») says why the main clause acts; its infinitive reports nothing.
Counted over the corpus before writing it: 53 French sentences open on « Pour » and an
infinitive, no key reads that infinitive as a cue, and the four findings it made (in four
annotator batches) matched no key. After a main clause (« … a occupé l'école pour dénoncer
la fermeture ») the infinitive still reports, as before."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Les arbres menacent de tomber. Pour prévenir les risques, le maire a pris un arrêté "
        "fermant le camping.",
        "Pour dénoncer la fermeture, les parents ont occupé l'école toute la nuit.",
        "Pour protester contre ces conditions, elle a décidé de garder ses enfants jeudi.",
        "Des travaux réclamés\n\nPour réclamer une hausse des salaires, les chauffeurs ont "
        "garé leurs bus devant le dépôt.",
        "Pour dénoncer la hausse et exiger un geste, les commerçants ont baissé leurs rideaux.",
    ],
)
def test_an_opening_purpose_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Les parents ont occupé l'école toute la nuit pour dénoncer la fermeture.", "Les parents"),
        ("La ministre a convoqué la presse pour démentir la fermeture de l'usine.", "La ministre"),
        ("Le syndicat a bloqué le dépôt pour exiger un rendez-vous rapide.", "Le syndicat"),
    ],
)
def test_a_purpose_after_the_main_clause_still_reports(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_the_main_clause_after_an_opening_purpose_still_reports() -> None:
    text = "Pour expliquer ce retard, le directeur a évoqué une panne de la machine."
    assert said(text, "fr") == [("une panne de la machine", "le directeur")]
