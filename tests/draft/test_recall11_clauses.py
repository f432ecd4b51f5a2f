"""recall11, second pass: more French constructions the heldout articles missed, each in
made-up sentences over tenses, subject kinds and word orders, with counter-cases: a clause
with a reflexive verb after an opening setting before a final cue (« Sur le plan financier,
la hausse se répercute sur 2023, a estimé le Canton »), « pour X, » after « Reste que », a
participle reporting its quoted object after a quotation (« …« nécessaire », pointant « un
manque » »), « rejeter » with a noun of accusation or stance (« a rejeté l'essentiel de ces
accusations »), and « se disant » + a predicate (« …, se disant prêt à continuer »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _check(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sur le plan financier, la hausse des effectifs se répercute sur 2023, a estimé le"
            " Canton.",
            [
                (
                    "Sur le plan financier, la hausse des effectifs se répercute sur 2023",
                    "Canton",
                    "named",
                )
            ],
        ),
        (
            "Dans la région, les prix s'envolent depuis mai, affirment les éleveurs.",
            [("Dans la région, les prix s'envolent depuis mai", "les éleveurs", "vague")],
        ),
        (
            "Toujours sur ce dossier, le chantier s'achèvera en juin, a assuré la mairie.",
            [("Toujours sur ce dossier, le chantier s'achèvera en juin", "la mairie", "named")],
        ),
    ],
)
def test_a_reflexive_clause_after_a_setting_before_a_final_cue(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le maréchal Paul Roux, l'homme fort de l'Est, poursuit.",  # a subject and its aside
        "Le maire, l'homme fort de la ville, s'est exprimé.",
    ],
)
def test_a_subject_and_its_apposition_report_nothing(text: str) -> None:
    _check(text, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reste que pour ce spécialiste, on sort d'années difficiles.",
            [("on sort d'années difficiles", "ce spécialiste", "anonymous")],
        ),
        (
            "Reste que pour les syndicats, la réforme restait injuste.",
            [("la réforme restait injuste", "les syndicats", "vague")],
        ),
    ],
)
def test_pour_x_after_reste_que_gives_a_view(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    ["Reste que pour 2024, le budget est serré.", "Reste que pour rien au monde il ne partirait."],
)
def test_pour_before_no_source_after_reste_que_reports_nothing(text: str) -> None:
    _check(text, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il juge la réunion « nécessaire », pointant « un manque de communication ».",
            [
                ("la réunion « nécessaire »", "Il", "named"),
                ("un manque de communication", "Il", "named"),
            ],
        ),
        (
            "« C'est injuste », a-t-elle dit, dénonçant « un manque de moyens ».",
            [("C'est injuste", "elle", "named"), ("un manque de moyens", "elle", "named")],
        ),
    ],
)
def test_a_participle_after_a_quotation_reports_its_object(text: str, expected: list) -> None:
    _check(text, expected)


def test_an_inverted_cue_after_a_quotation_keeps_its_subject() -> None:
    _check("« C'est fini », a déclaré le maire, mardi.", [("C'est fini", "le maire", "named")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le prévenu a rejeté ces accusations.", [("ces accusations", "Le prévenu", "anonymous")]),
        (
            "En audience, il a rejeté l'essentiel de ces accusations.",
            [("l'essentiel de ces accusations", "il", "named")],
        ),
        (
            "Les avocats rejetaient l'internement à vie.",
            [("l'internement à vie", "Les avocats", "vague")],
        ),
        (
            "Paul Roux, maire de la ville, avait rejeté la thèse d'un accident.",
            [("la thèse d'un accident", "Paul Roux", "named")],
        ),
    ],
)
def test_rejecting_an_accusation_or_a_thesis_is_a_stance(text: str, expected: list) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "La cour a rejeté le recours.",  # a ruling on a filing
        "Le gardien a rejeté le ballon.",
        "Le Sénat a rejeté la proposition de loi.",  # a vote
    ],
)
def test_rejecting_anything_else_reports_nothing(text: str) -> None:
    _check(text, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a démissionné, se disant prêt à continuer son combat.",
            [("prêt à continuer son combat", "Le maire", "named")],
        ),
        (
            "« J'ai gagné », a-t-il dit, se disant prêt à continuer son combat.",
            [("J'ai gagné", "il", "named"), ("prêt à continuer son combat", "il", "named")],
        ),
        (
            "La ministre, se disant favorable à la réforme, s'est abstenue.",
            [("favorable à la réforme", "La ministre", "named")],
        ),
        (
            "Les habitants ont manifesté, se disant inquiets pour leurs enfants.",
            [("inquiets pour leurs enfants", "Les habitants", "vague")],
        ),
    ],
)
def test_se_disant_reports_what_the_subject_calls_itself(text: str, expected: list) -> None:
    _check(text, expected)


def test_se_disant_bonjour_reports_nothing() -> None:
    _check("Les deux hommes, se disant bonjour, se sont serré la main.", [])
