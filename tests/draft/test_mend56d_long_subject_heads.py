"""mend56d: english56's long plural subject before a base form ("Residents in the area say…")
needs a head that can speak: a plural of things ("Sales of homes", "Rows of tents", "The
buildings facing the sea") reports nothing, and never leaves a finding with an empty
speaker; a plural of people with no -s ("Children", "Women") before a participle heads a
vague group, as "Residents living near…" does. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speaker_label, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Sales of homes in the area say a lot about the local economy.",
        "Rows of tents on the lawn say the festival has begun.",
        "Prices of flats near the station say much about the demand for them.",
    ],
)
def test_a_plural_of_things_before_a_base_form_reports_nothing(text: str) -> None:
    assert said(text + "\n", "en") == []


def test_no_thing_speaks_inside_a_told_report() -> None:
    """The architect's report holds no finding of its own for the buildings."""
    text = "The buildings facing the sea say nothing about the town's past, the architect told us."
    assert speakers(text + "\n", "en") == ["the architect"]


def test_no_finding_has_an_empty_speaker() -> None:
    text = "Sales of homes in the area say a lot about the local economy.\n"
    assert "" not in speakers(text, "en")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Children playing in the park say the swings are broken.",
            "Children playing in the park",
        ),
        ("Women working at the plant said the pay was low.", "Women working at the plant"),
    ],
)
def test_a_plural_with_no_s_before_a_participle_is_a_vague_group(text: str, speaker: str) -> None:
    assert speaker_label(text + "\n", "en") == [(speaker, "vague")]
