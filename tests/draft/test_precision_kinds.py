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
        # « pour dire » is the subject's own words since speakers31: its pronoun as written,
        # as for « pour dénoncer » (the lower-case « il » came from the last-speaker path)
        ("Il est venu mardi pour dire que la route restera fermée.", "Il"),
    ],
)
def test_a_purpose_after_someone_s_act_is_still_found(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# ----- a quotation naming a charge: « une enquête pour "homicide involontaire" » -----
@pytest.mark.parametrize(
    "charge",
    [
        "Le parquet de Nantes a ouvert une enquête pour « homicide involontaire aggravé par la "
        "conduite sous l'emprise de stupéfiants ».",
        "La qualification retenue contre le policier est « violences volontaires ayant entraîné "
        "la mort sans intention de la donner ».",
        "Il a été mis en examen pour « prise illégale d'intérêts et détournement de fonds "
        "publics ».",
        'Les deux hommes seront jugés pour "association de malfaiteurs en vue de la préparation '
        "d'un crime\".",
    ],
)
def test_a_quoted_charge_is_nobody_s_statement(charge: str) -> None:
    text = "Le maire Paul Durand a été entendu par les gendarmes mardi.\n\n" + charge
    assert said(text, "fr") == []


def test_a_quotation_after_a_charge_with_a_cue_or_a_colon_is_still_found() -> None:
    cued = (
        "Le parquet a ouvert une enquête pour « prise illégale d'intérêts et détournement de "
        "fonds publics », a précisé le procureur."
    )
    assert [source for _, source in said(cued, "fr")] == ["le procureur"]
    spoken = (
        "La maire Anne Durand a pris la parole.\n\n"
        "« Nous allons reconstruire l'école avant la fin de l'année scolaire. »"
    )
    assert speakers(spoken) == ["Anne Durand"]
    colon = (
        "Le maire Paul Durand a été entendu. Condamné pour fraude, il reste combatif : "
        "« Je ferai appel de cette décision injuste. »"
    )
    assert [content for content, _ in said(colon, "fr")] == [
        "Je ferai appel de cette décision injuste."
    ]


def test_a_language_without_charge_words_keeps_its_quotations() -> None:
    text = (
        "Mayor Jane Doe spoke to residents on Tuesday.\n\n"
        "And then “We will rebuild the school before the end of the year, whatever it costs.”"
    )
    assert speakers(text, "en") == ["Jane Doe"]


# ----- a noun after « à l' » read as a verb: « planifié à l'avance, a précisé X » -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Les billets sont vendus à l'avance, précise la mairie.", "Les billets sont vendus"),
        (
            "L'ordre du jour, dont le calendrier est planifié à l'avance, a précisé M. Dupré.",
            "L'ordre du jour",
        ),
        ("Les places se réservent à l'avance, affirment les organisateurs.", "Les places"),
    ],
)
def test_a_noun_after_a_preposition_and_an_article_is_no_cue(text: str, content: str) -> None:
    found = said(text, "fr")
    assert len(found) == 1 and found[0][0].startswith(content)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Elle l'affirme, la réforme sera votée.", "Elle"),
        ("Cette source l'assure, le projet est abandonné.", "Cette source"),
        ("Le maire le reconnaît, la route restera fermée.", "Le maire"),
    ],
)
def test_an_object_clitic_before_a_verb_still_reports(text: str, source: str) -> None:
    assert [s for _, s in said(text, "fr")] == [source]


# ----- a subject that names a cause, an event or a picture: « Plusieurs raisons expliquent » -----
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Plusieurs raisons expliquent le départ du directeur général.", "fr"),
        ("Une intervention qui souligne la détermination de l'armée à rester sur place.", "fr"),
        (
            "Les nouvelles images ajoutent « une autre pièce du puzzle » aux efforts des "
            "chercheurs.",
            "fr",
        ),
        ("La crise révèle les faiblesses du système de santé.", "fr"),
        ("Cette hausse soulignait déjà la fragilité du marché immobilier.", "fr"),
        ("Their symptoms suggested they might have the flu.", "en"),
        ("The crisis revealed that the hospital had no plan.", "en"),
    ],
)
def test_a_cause_or_a_picture_says_nothing(text: str, language: str) -> None:
    assert said(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "La cellule de crise a indiqué que les routes restent fermées.",
            "fr",
            "La cellule de crise",
        ),
        ("Le rapport révèle que les comptes de la mairie sont faux.", "fr", "Le rapport"),
        ("Les habitants expliquent que la route est dangereuse.", "fr", "Les habitants"),
        ("The report suggested that the plan would fail.", "en", "The report"),
        ("The crisis team said it was working on a new plan.", "en", "The crisis team"),
    ],
)
def test_a_body_a_document_or_people_still_speak(text: str, language: str, source: str) -> None:
    assert [s for _, s in said(text, language)] == [source]
