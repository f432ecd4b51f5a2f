"""recall23s: French shapes with the cue after or inside what it reports, each written out in
made-up sentences over word orders and source kinds, with the counter-cases that must stay as
they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind

_ARTICLE = "Titre\n\nLe conseil s'est réuni toute la matinée.\n\n{sentence}\n"


def _found(sentence: str) -> list[tuple[str, str]]:
    return [
        (content, speaker)
        for content, speaker, _ in content_speaker_kind(_ARTICLE.format(sentence=sentence))
    ]


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
    assert _found(sentence) == expected


def test_a_quoted_judgement_after_the_subject_still_is_words_said() -> None:
    """A quotation opening on a small letter after a determiner and a noun is a judgement
    (« des propos « inacceptables » »), no name: the cue is read as before."""
    sentence = "Le ministre a tenu des propos « inacceptables », estime Paul Lemoine."
    assert _found(sentence) == [("Le ministre a tenu des propos « inacceptables »", "Paul Lemoine")]
