"""recall11, fifth pass: a call for more or less of something (« appelle à plus de mesure »,
« à davantage de moyens »), and a closing « selon / à en croire X » before a colon and a
quotation (« C, à en croire X interrogé à la radio : « … » »: C is what X says, the quotation
is X's own words); made-up sentences with counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Devant la cour, Me Hayat, qui appelle à plus de mesure, a plaidé le meurtre.",
            [("à plus de mesure", "Me Hayat", "named")],
        ),
        (
            "Le syndicat appelle à davantage de moyens pour l'hôpital.",
            [("à davantage de moyens pour l'hôpital", "Le syndicat", "named")],
        ),
        (
            "Les élus appelaient à moins de précipitation.",
            [("à moins de précipitation", "Les élus", "vague")],
        ),
    ],
)
def test_a_call_for_more_or_less_of_something(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text", ["Le numéro vert appelle à plus de 100 km.", "Il appelle à plus de 20 heures."]
)
def test_calling_beyond_a_figure_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Conseil n'a pas réglé ses comptes, à en croire son président Paul Roux"
            " interrogé à la radio : « Nous avons parlé de la presse. »",
            [
                ("Le Conseil n'a pas réglé ses comptes", "Paul Roux", "named"),
                ("Nous avons parlé de la presse.", "Paul Roux", "named"),
            ],
        ),
        (
            "Le budget sera voté en juin, selon le maire : « Nous sommes enfin prêts pour le"
            " vote. »",
            [
                ("Le budget sera voté en juin", "le maire", "named"),
                ("Nous sommes enfin prêts pour le vote.", "le maire", "named"),
            ],
        ),
    ],
)
def test_a_closing_source_before_a_colon_says_the_clause_before(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


def test_an_opening_source_before_a_colon_says_the_quotation() -> None:
    text = "Selon le maire : « Tout va bien. »"
    assert content_speaker_label(text) == [("Tout va bien.", "le maire", "named")]
