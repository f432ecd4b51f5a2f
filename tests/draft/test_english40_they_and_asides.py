"""english40: "they" after one thing described that spoke ("The plan … is being pushed by
Acme County Council. They say …") takes up the named body met since, never the thing; and a
short aside in brackets after a name ("Mary Jones (Green, Westgate), the cabinet member for
housing, said") leaves the name the speaker of its apposition. Made-up sentences."""

from __future__ import annotations

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
    assert found.speaker != "Northshire County Council", found.speaker


def test_they_after_a_group_is_left_to_the_group() -> None:
    """Guard: "they" after a plural of people that spoke is theirs, a body met or not."""
    text = (
        "Residents said the plan backed by Northshire County Council was wrong.\n\n"
        "They said the council had ignored them.\n"
    )
    found = finding_holding(text, "had ignored them", "en")
    assert found.speaker == "Residents", found.speaker


def test_an_aside_in_brackets_leaves_the_name_its_apposition() -> None:
    text = (
        "Mary Jones (Green, Westgate), the cabinet member for housing, said the homes "
        "would be built by the spring.\n"
    )
    found = finding_holding(text, "homes would be built", "en")
    assert found.speaker == "Mary Jones", found.speaker


def test_the_named_leader_over_another_leader_met_before() -> None:
    """Guard: with a leader met before, the name in front of the aside still speaks."""
    text = (
        "John Smith (Labour, Eastfield), leader of the county council, called it an attack."
        "\n\nReplying, Mary Jones (Green, Westgate), the council leader, said: “This was a "
        "feeble attempt to mislead people.”\n"
    )
    found = finding_holding(text, "feeble attempt", "en")
    assert found.speaker == "Mary Jones", found.speaker
