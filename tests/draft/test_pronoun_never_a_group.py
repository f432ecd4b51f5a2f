"""« il », « elle », "he" or "she" never stand for a group whose number nothing told (made-up
articles): "Steve Jones said zoo staff told them to get inside. They waited. Kids were
playing, he said." is Steve Jones, not "zoo staff" (a vague group, which "They" took up).
A described person whose gender nothing told ("the official") still takes "he"."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding


@pytest.mark.parametrize("group", ["zoo staff", "park staff", "the crew"])
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_after_a_group_is_the_person_before(group: str, pronoun: str) -> None:
    person = "Steve Jones" if pronoun == "he" else "Mary Jones"
    text = (
        f"Visitors stayed calm.\n\n{person} said the family was at the monkey exhibit when "
        f"{group} told them to get inside. They waited inside with several hundred people. "
        f"Kids were playing, {pronoun} said.\n"
    )
    assert finding_holding(text, "Kids were playing", "en").speaker == person


def test_a_described_person_still_takes_he() -> None:
    """Counter-case: "the official" is one person, whose gender nothing told."""
    text = (
        "Talks stall.\n\nA senior official said the talks had stalled. The official was "
        "asked about the delay. It will take weeks, he said.\n"
    )
    assert finding_holding(text, "It will take weeks", "en").speaker == "A senior official"
