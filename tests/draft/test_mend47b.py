"""mend47b: a tail after an attribution in the outlet's loaded words stays an « author »
claim (review47's finding 2), and a name ending on a head shared with surnames ("Hall") set
off by a person's apposition is a person whatever the first-name lists hold (finding 4).
Made-up sentences only."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def _claims(analysis: Analysis) -> list[tuple[str, str]]:
    return [(analysis.passage(c.span), c.label) for c in analysis.unattributed]


@pytest.mark.parametrize(
    ("text", "language", "tail"),
    [
        (
            "« Nous ne cèderons rien », a lancé le maire, visiblement agacé par les critiques "
            "incessantes.",
            "fr",
            "visiblement agacé par les critiques incessantes.",
        ),
        (
            '"We did nothing wrong," said the mayor, clearly rattled by the relentless criticism.',
            "en",
            "clearly rattled by the relentless criticism.",
        ),
    ],
)
def test_a_loaded_tail_after_the_attribution_stays_the_outlets_claim(
    text: str, language: str, tail: str
) -> None:
    assert _claims(analyze(text, language)) == [(tail, "author")]


def test_a_neutral_tail_after_the_attribution_is_still_no_claim() -> None:
    text = "« Nos enfants méritent mieux », a déclaré la maire, à la fin de la séance."
    assert _claims(analyze(text, "fr")) == []


@pytest.mark.parametrize("first", ["Grace", "Holly", "Austin", "Tamsin"])
def test_a_name_on_a_place_head_before_a_persons_apposition_is_a_person(first: str) -> None:
    pronoun = "he" if first == "Austin" else "she"
    text = (
        f"{first} Hall, the head teacher, wrote to parents. "
        f'"The school will stay open," {pronoun} wrote.'
    )
    assert [a.speaker for a in analyze(text, "en").attributions] == [f"{first} Hall"]


def test_a_place_with_no_persons_apposition_is_still_no_one() -> None:
    text = 'Gorse Hall will close in May. "We are sad," she said.'
    assert [a.speaker for a in analyze(text, "en").attributions] != ["Gorse Hall"]
