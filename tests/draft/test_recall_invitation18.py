"""« inviter » reports an invitation to act (recall18b): like « appeler », it reports with an
infinitive after « à », its object first or not (« La préfecture les invite à transiter par
le tunnel », « invitait les usagers à utiliser le covoiturage »), or a quotation soon after
the preposition; an invitation to a place or an event (« invite les syndicats à une
rencontre », « a invité ses supporters au stade ») and the passive (« ont été invités à
regagner leur domicile ») stay no statement."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La préfecture les invite à transiter par le tunnel du Fréjus.",
            "à transiter par le tunnel du Fréjus",
            "La préfecture",
        ),
        (
            "Le maire invite les habitants à rester chez eux pendant la tempête.",
            "les habitants à rester chez eux pendant la tempête",
            "Le maire",
        ),
        (
            "Un message sonore invitait les usagers à utiliser le covoiturage.",
            "les usagers à utiliser le covoiturage",
            "Un message sonore",
        ),
        (
            "Le préfet invite la population à « ne pas céder à la panique ».",
            "la population à « ne pas céder à la panique »",
            "Le préfet",
        ),
    ],
)
def test_invitation_to_act_reports(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "La ministre invite les syndicats à une rencontre avant la fin du mois.",
        "Le club a invité ses supporters au stade pour la finale.",
        "Les habitants ont été invités à regagner leur domicile.",
    ],
)
def test_invitation_to_a_place_or_passive_is_no_statement(text: str) -> None:
    assert found(text) == []
