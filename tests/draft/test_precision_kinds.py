"""Findings no annotator keys, cut by kind (precision11): made-up sentences, never the
corpus's, each kind in several forms and with the counter-cases that must still be found."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


# ----- an object that only names another's report: « confirmant une information de X » -----
@pytest.mark.parametrize(
    "text",
    [
        "Le club a renvoyé son entraîneur, a indiqué son président, confirmant une information "
        "du Journal de l'Ouest.",
        "L'usine fermera en mars, a annoncé la direction, confirmant des informations de "
        "plusieurs radios locales.",
        "Le quotidien régional avait confirmé dimanche une information de l'AFP.",
        "La ministre a démenti mardi les révélations d'un hebdomadaire satirique.",
    ],
)
def test_an_object_naming_another_report_is_no_statement(text: str) -> None:
    found = said(text, "fr")
    assert not any(
        content.startswith(("une information", "des informations", "les révél"))
        for content, _ in found
    )


def test_the_statement_beside_the_relayed_report_is_still_found() -> None:
    text = (
        "Le club a renvoyé son entraîneur, a indiqué son président, confirmant une information "
        "du Journal de l'Ouest."
    )
    assert said(text, "fr") == [("Le club a renvoyé son entraîneur", "son président")]
    opening = (
        "Confirmant une information du Courrier du Nord, la mairie a annoncé que le marché "
        "restera fermé."
    )
    assert said(opening, "fr") == [("le marché restera fermé", "la mairie")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le porte-parole a démenti les informations faisant état d'une rencontre secrète.",
            "les informations faisant état d'une rencontre secrète",
        ),
        (
            "Plusieurs sources ont confirmé cette information à la radio publique.",
            "cette information",
        ),
        (
            "La préfecture a démenti l'information selon laquelle le pont serait fermé.",
            "l'information selon laquelle le pont serait fermé",
        ),
    ],
)
def test_what_is_denied_or_confirmed_is_still_a_statement(text: str, content: str) -> None:
    assert any(content in found for found, _ in said(text, "fr"))
