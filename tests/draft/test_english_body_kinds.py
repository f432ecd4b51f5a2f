"""English descriptions of a body taking up a named one whose name ends on its kind (made-up
articles): "the watchdog" after "the Housing Ombudsman" or "the Gaming Commission", "the
regulator" after "the Financial Conduct Authority" (lexicon body_hypernyms; an English name
puts its kind last); not a body of another kind."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The tenant complained to the Regional Housing Ombudsman in May. "
            "The watchdog found that the landlord had ignored her letters.",
            "Regional Housing Ombudsman",
        ),
        (
            "The Nevada Gaming Commission opened an inquiry last year. "
            "The watchdog said the casino had broken the rules twice.",
            "Nevada Gaming Commission",
        ),
        (
            "The Financial Conduct Authority fined the bank in March. "
            "The regulator said customers had been misled for years.",
            "Financial Conduct Authority",
        ),
    ],
)
def test_a_description_of_a_body_takes_up_the_body_of_its_kind(text: str, speaker: str) -> None:
    content = text.split(" said ")[-1].split(" found that ")[-1].rstrip(".")
    assert speaker_of(text, content, "en") == speaker


def test_a_body_of_another_kind_is_not_taken_up() -> None:
    """Counter-case: a council is no watchdog."""
    text = (
        "Leeds City Council closed the pool in May. "
        "The watchdog found that the pool had been unsafe for years."
    )
    assert speaker_of(text, "the pool had been unsafe", "en") != "Leeds City Council"
