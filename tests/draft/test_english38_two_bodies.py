"""Two named bodies sharing only their last word are two speakers (made-up sentences,
english38): "West Elm Council" after "Tewin District Council" is another council, while
"Tewin Council" after "Tewin District Council" is the same one, written shorter."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


def test_a_second_council_is_another_speaker() -> None:
    text = (
        "Tewin District Council said it was ready.\n\n"
        "But last year, West Elm Council announced that it wanted to join Ridgeway Council."
    )
    assert _speakers(text) == ["Tewin District Council", "West Elm Council"]


def test_a_body_sharing_a_place_word_is_still_another() -> None:
    text = (
        "Marsh County Council backed one authority.\n\n"
        "East Marsh Council has said two would be best."
    )
    assert _speakers(text) == ["East Marsh Council"]


def test_a_shorter_name_is_the_same_body() -> None:
    text = "Tewin District Council backed the plan.\n\nTewin Council said it was ready."
    assert _speakers(text) == ["Tewin District Council"]
