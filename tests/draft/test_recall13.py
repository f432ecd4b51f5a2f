"""recall13: French constructions the twelfth round's unseen articles (blind12a, blind12b and
blind12d, now heldout) missed, each written out in made-up sentences over tenses, subject kinds
and word orders, with the counter-cases that must stay silent: a judging participle whose
adjective has two adverbs of degree or stands inside quotation marks before its agent
(« Tarif jugé encore trop faible par les producteurs », « des mesures jugées « insuffisantes »
par les syndicats »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarif jugé encore trop faible par les organisations de producteurs.",
            [("encore trop faible", "les organisations de producteurs")],
        ),
        (
            "Une hausse jugée bien trop timide par la CGT.",
            [("bien trop timide", "la CGT")],
        ),
        (
            "Des mesures aussitôt jugées « insuffisantes » par les syndicats.",
            [("insuffisantes", "les syndicats")],
        ),
        (
            'Un budget considéré "très insuffisant" par Marie Dupont.',
            [("très insuffisant", "Marie Dupont")],
        ),
        (
            "La réforme, estimée « injuste et inutile » par l'opposition, sera votée mardi.",
            [("injuste et inutile", "l'opposition")],
        ),
    ],
)
def test_a_judging_participle_with_adverbs_or_a_quoted_adjective_before_its_agent(
    text: str, expected: list
) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le prévenu a été jugé encore une fois par le tribunal de Lyon.",
        "L'ancien maire a été jugé « coupable » par le tribunal correctionnel.",
        "Le dossier, jugé encore lundi par la cour d'appel, reste ouvert.",
    ],
)
def test_a_judging_participle_before_a_verdict_a_day_or_no_adjective_says_no_opinion(
    text: str,
) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un « tort », a abondé Joseph Cohen-Sabban.",
            [("tort", "Joseph Cohen-Sabban")],
        ),
        (
            "Une « honte », dénonce le maire de Lyon.",
            [("honte", "le maire de Lyon")],
        ),
        (
            "Des « mensonges », ont répondu les syndicats.",
            [("mensonges", "les syndicats")],
        ),
        (
            "Cette « folie », avait lâché un conseiller.",
            [("folie", "un conseiller")],
        ),
    ],
)
def test_a_determiner_and_a_short_quotation_then_a_comma_and_the_cue(
    text: str, expected: list
) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'opération « rétorsion », lancée au lendemain de l'attaque, a abouti.",
        "Le « Ségur », signé en 2020, a augmenté les salaires.",
    ],
)
def test_a_quoted_name_after_a_determiner_before_a_participle_or_a_verb_is_no_answer(
    text: str,
) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Classes surchargées, postes vacants : pour le syndicat, les urgences sont ailleurs.",
            [("les urgences sont ailleurs", "le syndicat")],
        ),
        (
            "Le constat est simple : pour la ministre, la réforme est nécessaire.",
            [("la réforme est nécessaire", "la ministre")],
        ),
        (
            "Un budget en hausse : pour Paul Durand, c'est une victoire.",
            [("c'est une victoire", "Paul Durand")],
        ),
        (
            "Deux ans de travaux : pour lui, le chantier a trop duré.",
            [("le chantier a trop duré", "lui")],
        ),
    ],
)
def test_pour_x_after_a_colon_opens_its_clause(text: str, expected: list) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le programme est chargé : pour la première fois, les élèves partiront.",
        "Deux options : pour les uns, il faut partir.",
        "Le bilan est lourd : pour rappel, trois usines ont fermé.",
    ],
)
def test_pour_after_a_colon_before_no_person_names_no_source(text: str) -> None:
    assert said(text, "fr") == []


_LONG_CIRCUMSTANCE = (
    "la décision de la direction d'arrêter deux usines du nord du pays pour vérification"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des contrôles pourraient s'avérer nécessaires sur d'autres sites, a jugé jeudi"
            f" l'Institut de radioprotection, après {_LONG_CIRCUMSTANCE}, une décision lourde.",
            [
                (
                    "Des contrôles pourraient s'avérer nécessaires sur d'autres sites",
                    "l'Institut de radioprotection",
                )
            ],
        ),
        (
            "La situation reste tendue dans les urgences, estime Marie Dupont, lors d'une"
            f" réunion convoquée après {_LONG_CIRCUMSTANCE}.",
            [("La situation reste tendue dans les urgences", "Marie Dupont")],
        ),
        (
            "Le site fermera à la fin de l'année, ont assuré les syndicats, avant un"
            f" comité réuni après {_LONG_CIRCUMSTANCE}.",
            [("Le site fermera à la fin de l'année", "les syndicats")],
        ),
    ],
)
def test_a_closing_cue_with_a_long_adjunct_after_its_subject(text: str, expected: list) -> None:
    assert said(text, "fr") == expected


def test_a_closing_cue_with_a_long_tail_and_no_adjunct_does_not_close_the_sentence() -> None:
    text = (
        "Des contrôles pourraient s'avérer nécessaires sur d'autres sites, a jugé jeudi"
        " l'Institut de radioprotection de la région du nord du pays qui suit les centrales"
        " arrêtées par la direction pour vérification depuis des mois."
    )
    assert not [content for content, _ in said(text, "fr") if content.startswith("Des contrôles")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le SNES-FSU s’interroge sur les choix politiques du ministère.",
            [("sur les choix politiques du ministère", "Le SNES-FSU")],
        ),
        (
            "Les syndicats se sont interrogés sur l'avenir du site.",
            [("sur l'avenir du site", "Les syndicats")],
        ),
        (
            "La présidente de l'association s'interrogeait sur le coût réel du projet.",
            [("sur le coût réel du projet", "La présidente de l'association")],
        ),
        (
            "Paul Durand s'interrogera sur la méthode retenue par la mairie.",
            [("sur la méthode retenue par la mairie", "Paul Durand")],
        ),
    ],
)
def test_s_interroger_sur_reports_what_is_questioned(text: str, expected: list) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'appel de l'Abbé Pierre résonne encore et interroge sur notre capacité d'accueil.",
        "Le juge a interrogé le témoin sur son emploi du temps.",
        "Interrogé sur ce point, le maire n'a pas répondu.",
    ],
)
def test_interroger_sur_not_reflexive_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le tribunal a notamment pointé l'absence de solidité financière du projet.",
            [("l'absence de solidité financière du projet", "Le tribunal")],
        ),
        (
            "La Cour des comptes pointe des dépenses mal maîtrisées par la région.",
            [("des dépenses mal maîtrisées par la région", "La Cour des comptes")],
        ),
        (
            "Les élus avaient pointé les retards répétés du chantier.",
            [("les retards répétés du chantier", "Les élus")],
        ),
        (
            "Le ministre a parlé mardi, pointant un milliard d'euros mobilisables au CNRS.",
            [("un milliard d'euros mobilisables au CNRS", "Le ministre")],
        ),
    ],
)
def test_pointer_reports_its_object(text: str, expected: list) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le chômage pointe à 8 % en mars.",
        "Le Cac 40 pointait en hausse ce matin.",
        "Les premiers indices pointent vers le loup.",
    ],
)
def test_pointer_before_a_measure_or_a_direction_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le syndicat SNES-FSU exprime de vives réserves.",
            [("de vives réserves", "Le syndicat SNES-FSU")],
        ),
        (
            "Les riverains avaient exprimé de profondes inquiétudes.",
            [("de profondes inquiétudes", "Les riverains")],
        ),
        (
            "Marie Dupont a rejeté les nouvelles accusations.",
            [("les nouvelles accusations", "Marie Dupont")],
        ),
    ],
)
def test_an_adjective_of_degree_before_the_listed_head_of_a_stance_object(
    text: str, expected: list
) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat exprime de vives couleurs sur ses affiches.",
        "La mairie a rejeté les nouvelles candidatures.",
    ],
)
def test_an_adjective_of_degree_before_an_unlisted_noun_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Il y a une pénurie au niveau national », explique dans Le Parisien Carine Wolf.",
            [("Il y a une pénurie au niveau national", "Carine Wolf")],
        ),
        (
            "« Nous ne céderons pas », a affirmé dans Le Monde Paul Durand, maire de Lyon.",
            [("Nous ne céderons pas", "Paul Durand")],
        ),
        (
            "« La décision est prise », avait confié au Parisien Marie Roy.",
            [("La décision est prise", "Marie Roy")],
        ),
    ],
)
def test_a_relay_through_an_outlet_written_with_its_capital_article(
    text: str, expected: list
) -> None:
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Le service reprendra lundi », a annoncé La Poste.",
            [("Le service reprendra lundi", "La Poste")],
        ),
        ("« Rien ne change », a déclaré Le Pen à la presse.", [("Rien ne change", "Le Pen")]),
    ],
)
def test_a_subject_opening_on_a_capital_article_is_no_relay(text: str, expected: list) -> None:
    assert said(text, "fr") == expected
