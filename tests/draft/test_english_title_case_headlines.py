"""An English headline in title case (made-up articles): its capitals name nothing, so
"Cisco Agrees" is no name and the body's "Cisco" stays Cisco Systems; a headline in sentence
case still names its people."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, headline: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en", headline=headline).attributions]


def test_a_title_case_headline_names_nobody() -> None:
    headline = "Acacia Stock Rises After Cisco Agrees to Buy It for $4.5 Billion"
    text = (
        f"{headline}\n\nCisco Systems said it has reached a revised agreement to buy Acacia.\n\n"
        "Cisco disputed that claim, and said that the deal had received approval."
    )
    assert set(_speakers(text, headline)) == {"Cisco Systems"}


def test_a_sentence_case_headline_still_names() -> None:
    """Counter-case: "Jane Roe" in a headline written as a sentence is a name met."""
    headline = "Mayor Jane Roe quits after a row over the budget"
    text = f"{headline}\n\nRoe said the council had failed the town."
    assert _speakers(text, headline) == ["Jane Roe"]
