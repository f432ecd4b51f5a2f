"""english55: a reporting infinitive of purpose after an act done to speak ("took to
Facebook to complain that…", "attended the meeting to voice their concerns…") reports what the
act's subject said; the same infinitive after an intention, a modal or an invitation ("plan to
attend … to voice", "will attend … to say") reports nothing. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding, said


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Shopkeepers took to social media on Monday to complain that the car park was shut.",
            "the car park was shut",
            "Shopkeepers",
        ),
        (
            "Dozens of parents attended the school board meeting to voice their anger at the "
            "new bus timetable.",
            "their anger at the new bus timetable",
            "Dozens of parents",
        ),
        (
            "A neighbour contacted the Gazette to express her dismay at the state of the old mill.",
            "her dismay at the state of the old mill",
            "A neighbour",
        ),
        (
            "Tenants gathered outside the civic centre to say the repairs had never been done.",
            "the repairs had never been done",
            "Tenants",
        ),
    ],
)
def test_an_act_done_to_speak(text: str, content: str, speaker: str) -> None:
    found = finding_holding(text + "\n", content, "en")
    assert found.speaker == speaker, found.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Parents plan to attend the school board meeting to voice their anger at the timetable.",
        "Parents will attend the school board meeting to say the timetable is unfair.",
        "Parents were invited to attend the meeting to express their views on the timetable.",
    ],
)
def test_an_act_only_intended_reports_nothing(text: str) -> None:
    """Guards: the act is not done, so nothing was said yet."""
    assert said(text + "\n", "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Concerns were also raised about the loss of the village green to parking.",
            "the loss of the village green to parking",
        ),
        (
            "Fears have been raised over the closure of the last bank in the town.",
            "the closure of the last bank in the town",
        ),
    ],
)
def test_concerns_also_raised_and_fears_raised(text: str, content: str) -> None:
    """english55: "concerns were also raised about", "fears have been raised over" are the
    impersonal voices "concerns were raised about" already was: nobody named speaks."""
    found = finding_holding(text + "\n", content, "en")
    assert not found.speaker, found.speaker
