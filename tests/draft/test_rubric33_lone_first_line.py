"""A one-word first line (a rubric or a one-word headline: « Gymnase », "Harbour") names no
body: a definite body noun later (« le club », "the group") does not take it up. A name that the
body writes again is still a name."""

from quizapp.draft import analyze


def _speakers(text: str, language: str) -> list[str]:
    return [a.speaker for a in analyze(text, language).attributions]


def test_a_french_rubric_is_not_the_club() -> None:
    text = "Piscine\n\nLe club a regretté une fermeture décidée sans concertation."
    assert _speakers(text, "fr") == ["Le club"]


def test_an_english_one_word_headline_is_not_the_group() -> None:
    text = "Harbour\n\nThe group now insists that the council reopens the slipway."
    assert _speakers(text, "en") == ["The group"]


def test_a_name_written_again_in_the_body_stays_a_name() -> None:
    text = "Airbus\n\nAirbus said the plant would stay open. The company said it had new orders."
    assert _speakers(text, "en") == ["Airbus", "Airbus"]
