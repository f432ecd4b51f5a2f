"""Faults review59b found in english59's "highlighted that" and "Rest assured" (mend59e): a
verb of showing with "that" reports for a person or a body only, not for a noun that merely
ends like a person's ("The disaster"), the pronoun "it", a clause a "which" looks back on,
or no subject before the verb; a speaker who reports the showing keeps its own finding; "the
rest" before "assured" is a subject. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker, kind) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker, a.kind) for a in found.attributions]


@pytest.mark.parametrize(
    "subject", ["The disaster", "The agreement", "This winter", "The number", "The weather"]
)
def test_a_thing_ending_like_a_person_shows_and_says_nothing(subject: str) -> None:
    assert _found(f"{subject} highlighted that the flood defences were too low.") == []


def test_a_thing_that_relates_says_nothing() -> None:
    assert _found("The incident relates that the flood defences were too low.") == []


def test_it_that_highlighted_says_nothing() -> None:
    text = "The storm hit Falmouth on Monday. It highlighted that the drains were too small."
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The river burst its banks on Monday, which highlighted that the defences were too low.",
        "The council published its figures on Monday, which highlighted that the defences "
        "were too low.",
        "Which highlighted that the road would close.",
    ],
)
def test_a_clause_a_which_looks_back_on_is_no_speaker(text: str) -> None:
    assert _found(text) == []


def test_a_speaker_who_reports_a_highlighting_keeps_its_finding() -> None:
    text = (
        "Cllr Ann Lee, who chairs the committee, highlighted that the road was unsafe, "
        "Cllr Tom Hale said."
    )
    assert [speaker for _, speaker, _ in _found(text)] == ["Cllr Ann Lee", "Cllr Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "The rest assured police that they had seen nothing.",
        "Three were hurt; the rest assured officers that they were fine.",
    ],
)
def test_the_rest_that_assured_someone_speaks(text: str) -> None:
    assert [speaker.lower() for _, speaker, _ in _found(text) if speaker] == ["the rest"]


def test_people_and_bodies_still_report_what_they_highlighted() -> None:
    for subject in ("Cllr Robert Tait", "They", "She", "The council", "Residents"):
        found = _found(f"{subject} highlighted that the plan allowed new homes.")
        assert found and found[0][:2] == ("the plan allowed new homes", subject)
