"""recall23s: French shapes with the cue after or inside what it reports, each written out in
made-up sentences over word orders and source kinds, with the counter-cases that must stay as
they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind, said_after_a_lead


# ----- a closing cue whose subject's apposition holds a quoted name -----
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Les tarifs ont doublé en un an, regrette Paul Lemoine, président de l'association "
            "« Bien vivre à Vernon ».",
            [("Les tarifs ont doublé en un an", "Paul Lemoine")],
        ),
        (
            "Si les files sont longues, c'est que le guichet a « fermé deux jours », explique "
            "Claire Morin, fondatrice du collectif « Les usagers d'abord ».",
            [
                (
                    "Si les files sont longues, c'est que le guichet a « fermé deux jours »",
                    "Claire Morin",
                )
            ],
        ),
        (
            "La saison sera courte, a prévenu Luc Marchand, organisateur de la tournée "
            "« Sons d'été » depuis 2019.",
            [("La saison sera courte", "Luc Marchand")],
        ),
    ],
)
def test_closing_cue_with_a_quoted_name_in_its_subject(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert said_after_a_lead(sentence) == expected


def test_a_quoted_judgement_after_the_subject_still_is_words_said() -> None:
    """A quotation opening on a small letter after a determiner and a noun is a judgement
    (« des propos « inacceptables » »), no name: the cue is read as before."""
    sentence = "Le ministre a tenu des propos « inacceptables », estime Paul Lemoine."
    assert said_after_a_lead(sentence) == [
        ("Le ministre a tenu des propos « inacceptables »", "Paul Lemoine")
    ]


# ----- a French wire headline closing on its source in brackets -----
_BODY = "\n\n{body}\n"


def _headline_finding(headline: str, body: str) -> list[tuple[str, str]]:
    found = content_speaker_kind(headline + _BODY.format(body=body))
    return [(content, speaker) for content, speaker, _ in found if content in headline]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Piscine: au moins 40 nageurs privés de bassin cet été (syndicats)",
            "Le bassin restera fermé deux mois, selon les syndicats du personnel municipal.",
            [("Piscine: au moins 40 nageurs privés de bassin cet été", "syndicats")],
        ),
        (
            'Le maire suspend le chantier "jusqu\'à nouvel ordre" (officiel)',
            "Un arrêté officiel a été affiché jeudi devant la mairie de Brévans.",
            [('Le maire suspend le chantier "jusqu\'à nouvel ordre"', "officiel")],
        ),
    ],
)
def test_headline_source_in_brackets(headline: str, body: str, expected: list) -> None:
    assert _headline_finding(headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (  # a place in brackets, with a capital
            "Un entrepôt ravagé par les flammes à Sens (Yonne)",
            "Les pompiers de l'Yonne sont intervenus toute la nuit à Sens.",
        ),
        (  # a word the body never writes again
            "Les images du carnaval de Brévans (vidéo)",
            "Plus de 3 000 personnes ont défilé dimanche dans les rues de la ville.",
        ),
    ],
)
def test_headline_brackets_naming_no_source(headline: str, body: str) -> None:
    assert _headline_finding(headline, body) == []


# ----- a full name alone signing a paragraph after a spaced dash -----
def _signed(paragraph: str) -> list[tuple[str, str]]:
    text = f"Titre\n\nLes commerçants du bourg se sont réunis lundi soir.\n\n{paragraph}\n\nFin.\n"
    return [(content, speaker) for content, speaker, _ in content_speaker_kind(text)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Nous avons tout perdu en une nuit, il faudra des mois pour rouvrir - Lucie Ferrand",
            [
                (
                    "Nous avons tout perdu en une nuit, il faudra des mois pour rouvrir",
                    "Lucie Ferrand",
                )
            ],
        ),
        (
            "C'est comme si on nous retirait notre gagne-pain sans prévenir\" – Marc Delorme",
            [("C'est comme si on nous retirait notre gagne-pain sans prévenir", "Marc Delorme")],
        ),
    ],
)
def test_full_name_signing_after_a_dash(paragraph: str, expected: list) -> None:
    assert _signed(paragraph) == expected


def test_name_after_a_hyphen_in_narration_signs_nothing() -> None:
    """Narration, not in the first person, ending on a name after a dash is nobody's words."""
    assert _signed("Le marché aura lieu place du Champ-de-Foire - Paul Girard") == []
