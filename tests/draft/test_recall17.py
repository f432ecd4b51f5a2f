"""recall17: French constructions the sixteenth round's unseen articles (blind16a, blind16b and
blind16d, now heldout) missed, each written out in made-up sentences over word orders and
source kinds, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


# ----- « selon X (A, B, C) »: a list in brackets is part of the source -----
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La grève a été bien suivie, selon le front commun syndical (CSC-Enseignement, "
            "CGSP-Enseignement, SLFP-Enseignement).",
            "La grève a été bien suivie",
            "le front commun syndical (CSC-Enseignement, CGSP-Enseignement, SLFP-Enseignement)",
        ),
        (
            "Selon les trois syndicats (CGT, FO, Sud), la grève a été très suivie dans les gares.",
            "la grève a été très suivie dans les gares",
            "les trois syndicats (CGT, FO, Sud)",
        ),
        (
            "Le tunnel restera fermé jusqu'à lundi, d'après les exploitants (ATMB, SFTRF).",
            "Le tunnel restera fermé jusqu'à lundi",
            "les exploitants (ATMB, SFTRF)",
        ),
    ],
)
def test_a_list_in_brackets_after_the_source_is_part_of_it(
    text: str, content: str, source: str
) -> None:
    assert said(text, "fr") == [(content, source)]


def test_a_comma_after_the_brackets_still_ends_the_source() -> None:
    """Counter-case: the source ends at the first comma outside the brackets."""
    text = "Selon la préfecture (Isère), trois routes sont coupées ce matin par la neige."
    assert said(text, "fr") == [
        ("trois routes sont coupées ce matin par la neige", "la préfecture (Isère)")
    ]


# ----- quotation marks typed by hand -----
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "‘’Les eaux commencent à déborder le bassin de rétention’’, confie Doudou, un "
            "habitant du quartier.",
            "Les eaux commencent à déborder le bassin de rétention",
            "Doudou",
        ),
        (
            "Le quartier est inondé. ‘’La mosquée est impraticable’’, dit Abdoul.",
            "La mosquée est impraticable",
            "Abdoul",
        ),
        (
            "‘‘Nous avons tout perdu dans la nuit’’, raconte une habitante.",
            "Nous avons tout perdu dans la nuit",
            "une habitante",
        ),
    ],
)
def test_a_pair_of_single_marks_typed_for_a_double_one(
    text: str, content: str, source: str
) -> None:
    assert said(text, "fr") == [(content, source)]


def test_an_apostrophe_pair_inside_a_word_is_no_quotation() -> None:
    """Counter-case: ’’ glued on both sides to letters opens and closes nothing."""
    text = "Le maire a présenté le projet d’’extension aux habitants du quartier."
    assert said(text, "fr") == []


def test_a_straight_mark_closed_by_a_guillemet() -> None:
    text = (
        '"Avec les nouveaux horaires, je ne pourrai pas aller chercher mes enfants », '
        "s'inquiète Patricia Martin. « On s'est rendu compte que les TGV étaient privilégiés »,"
        " relève Christian Brun."
    )
    assert said(text, "fr") == [
        (
            "Avec les nouveaux horaires, je ne pourrai pas aller chercher mes enfants",
            "Patricia Martin",
        ),
        ("On s'est rendu compte que les TGV étaient privilégiés", "Christian Brun"),
    ]


def test_a_spaced_straight_closing_mark_ends_the_sentence() -> None:
    """ " … ponctuelles. " La présidente confirme : " … ": the sentence after the quotation is
    a sentence of its own, its subject the speaker of the next quotation."""
    text = (
        'Et Paul Martin de conclure : " Nous pourrons offrir des collaborations ponctuelles. " '
        'La présidente du conseil confirme : " La pénurie imposera des collaborations. "'
    )
    sources = [source for _, source in said(text, "fr")]
    assert sources[-1] == "La présidente du conseil"


def test_a_spaced_closing_mark_then_its_cue_stays_one_sentence() -> None:
    """Counter-case: « …? ", s'interroge X »: the cue after the mark is the same sentence's."""
    text = (
        'Le conseil a démissionné. " Est-ce qu\'ils ont vraiment leur place au conseil ? ", '
        "s'interroge un habitant."
    )
    assert said(text, "fr") == [
        ("Est-ce qu'ils ont vraiment leur place au conseil ?", "un habitant")
    ]
