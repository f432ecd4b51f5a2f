"""English plural sources (made-up sentences): a plural with no article that the article places
or describes ("Federal government sources with direct knowledge of the talks", "Senior sources
close to the minister") is anonymous, as French « des sources proches du dossier »; a quantifier
or a possessive before it ("some sources", "their sources in the ministry") leaves it vague."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    "subject",
    [
        "Federal government sources with direct knowledge of the talks",
        "Senior sources close to the minister",
        "Sources familiar with the plan",
    ],
)
def test_placed_sources_are_anonymous(subject: str) -> None:
    text = f"{subject} said the plan would be dropped next week."
    [(_content, _speaker, label)] = content_speaker_label(text, "en")
    assert label == "anonymous"


@pytest.mark.parametrize(
    "subject",
    ["Some sources", "Their sources in the ministry", "Several sources"],
)
def test_quantified_or_owned_sources_stay_vague(subject: str) -> None:
    """Counter-cases: a quantifier, a possessive."""
    text = f"{subject} said the plan would be dropped next week."
    [(_content, _speaker, label)] = content_speaker_label(text, "en")
    assert label == "vague"
