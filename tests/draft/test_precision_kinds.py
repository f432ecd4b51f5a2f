"""Findings no annotator keys, cut by kind (precision11): made-up sentences, never the
corpus's, each kind in several forms and with the counter-cases that must still be found."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers


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


# ----- an impersonal frame before a purpose: « il est trop tôt pour dire si… » -----
@pytest.mark.parametrize(
    "text",
    [
        "Des brebis ont été tuées, mais il est encore trop tôt pour dire s'il s'agit du loup.",
        "Il est donc trop tôt pour affirmer que la reprise est là.",
        "C'était bien trop tôt pour annoncer que la crise était finie.",
        "Il serait prématuré pour dire que la grève est terminée.",
        "Il est sans doute encore trop tôt pour dire si la mesure suffira.",
    ],
)
def test_an_impersonal_frame_says_nothing(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le maire est venu pour dire que la route restera fermée.", "Le maire"),
        (
            "Le préfet est intervenu trop tard pour démentir la rumeur d'une fermeture du pont.",
            "Le préfet",
        ),
        ("La ministre a convoqué la presse pour démentir la fermeture de l'usine.", "La ministre"),
        ("Il est venu mardi pour dire que la route restera fermée.", "il"),
    ],
)
def test_a_purpose_after_someone_s_act_is_still_found(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
