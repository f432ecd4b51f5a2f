"""English verbs of demand, complaint or apology whose preposition a setting keeps apart from
them (made-up sentences): "apologized to shareholders on Thursday for a weak outlook", "have
spoken up in the past against the plan" report what follows the preposition; "of" is never
reached across a setting ("spoke on condition of anonymity", "speaking at a meeting of the
council"). A bare plural of people opening a sentence ("Rebels", "Paleontologists") is a vague
group, not a name."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The chief executive apologized to shareholders on Thursday for a weak sales outlook.",
            "a weak sales outlook",
            "The chief executive",
        ),
        (
            "Local groups have spoken up in the past against plans to close the library.",
            "plans to close the library",
            "Local groups",
        ),
        (
            "The union complained bitterly to ministers about the new rota system.",
            "the new rota system",
            "The union",
        ),
    ],
)
def test_a_setting_between_verb_and_preposition(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The official spoke on condition of anonymity because the talks were private.",
        "Speaking at a meeting of the council, the mayor was brief.",
    ],
)
def test_of_is_never_reached_across_a_setting(sentence: str) -> None:
    """Counter-cases: "of" belongs to the setting's noun."""
    assert all(not c.startswith(("anonymity", "the council")) for c, _s in said(sentence))


@pytest.mark.parametrize("subject", ["Rebels", "Paleontologists", "Campaigners"])
def test_a_bare_plural_of_people_is_a_vague_group(subject: str) -> None:
    text = f"{subject} said the plan would fail within a year."
    [(_content, _speaker, label)] = content_speaker_label(text, "en")
    assert label == "vague"
