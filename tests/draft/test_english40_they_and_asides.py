"""english40: "they" after one thing described that spoke ("The plan … is being pushed by
Acme County Council. They say …") takes up the named body met since, never the thing; and a
short aside in brackets after a name ("Mary Jones (Green, Westgate), the cabinet member for
housing, said") leaves the name the speaker of its apposition. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_PLAN = (
    "The plan – which some fear would cost jobs – is being pushed by Northshire County "
    "Council.\n\nThey say it would simplify services and save money.\n"
)


def test_they_takes_up_the_body_not_the_plan() -> None:
    found = finding_holding(_PLAN, "simplify services", "en")
    assert found.speaker == "Northshire County Council", found.speaker


def test_they_keeps_a_body_that_spoke_after_the_thing() -> None:
    """Guard: a body met before the thing was last mentioned is no nearer antecedent."""
    text = (
        "Northshire County Council met on Monday.\n\nThe plan – which some fear would cost "
        "jobs – is on the table.\n\nThey say it would simplify services and save money.\n"
    )
    found = finding_holding(text, "simplify services", "en")
    assert found.speaker == "The plan", found.speaker  # the reading before english40, kept


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # guard: "they" after a plural of people that spoke is theirs, a body met or not
            "Residents said the plan backed by Northshire County Council was wrong.\n\n"
            "They said the council had ignored them.\n",
            "had ignored them",
            "Residents",
        ),
        (  # a short aside in brackets after a name leaves the name its apposition
            "Mary Jones (Green, Westgate), the cabinet member for housing, said the homes "
            "would be built by the spring.\n",
            "homes would be built",
            "Mary Jones",
        ),
        (  # guard: with a leader met before, the name in front of the aside still speaks
            "John Smith (Labour, Eastfield), leader of the county council, called it an "
            "attack.\n\nReplying, Mary Jones (Green, Westgate), the council leader, said: "
            "“This was a feeble attempt to mislead people.”\n",
            "feeble attempt",
            "Mary Jones",
        ),
    ],
)
def test_the_speaker_kept(text: str, words: str, speaker: str) -> None:
    found = finding_holding(text, words, "en")
    assert found.speaker == speaker, found.speaker
