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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Board president Barbara Stapp-Hiouas said the bill was badly written.", "Stapp-Hiouas"),
        (
            "The risk to the doctors outweighs any injury to the state, de Gravelles said.",
            "Gravelles",
        ),
        ("president Mary Jones said the budget was balanced.", "Mary Jones"),
    ],
)
def test_a_name_ending_in_s_after_a_lower_case_word_is_named(text: str, speaker: str) -> None:
    """ "president Barbara Stapp-Hiouas", "de Gravelles": the capitalised head is a name, not a
    plural common noun."""
    [(_content, found, label)] = content_speaker_label(text, "en")
    assert speaker in found and label == "named"


def test_a_plural_noun_before_a_name_in_its_complement_is_a_group() -> None:
    """Counter-case: "critics of Mr Smith" are a group; the name is in the complement."""
    [(_content, _speaker, label)] = content_speaker_label(
        "critics of Mr Smith said the plan was flawed.", "en"
    )
    assert label == "vague"


@pytest.mark.parametrize(
    "subject",
    [
        "A group of residents",
        "A group of anonymous current and former staff",
        "A coalition of tenants and shopkeepers",
    ],
)
def test_a_group_of_people_is_vague(subject: str) -> None:
    text = f"{subject} said the road was dangerous for children."
    [(_content, _speaker, label)] = content_speaker_label(text, "en")
    assert label == "vague"


def test_a_group_named_by_its_kind_is_no_group_of_people() -> None:
    """Counter-case: "a campaign group" (no "of") is one body, described."""
    [(_content, _speaker, label)] = content_speaker_label(
        "A campaign group said the road was dangerous for children.", "en"
    )
    assert label == "anonymous"
