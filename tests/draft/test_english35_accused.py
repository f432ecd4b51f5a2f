"""english35: an accusation in the passive with nobody named ("has been accused of …")
reports its charge in an impersonal voice: no speaker, vague. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "The ferry firm has been accused of raising fares without warning.",
            "raising fares without warning",
        ),
        (
            "The mayor was accused of ignoring the petition, but he denied it.",
            "ignoring the petition",
        ),
        (
            "The trustees were accused of hiding the accounts, selling the land, and misleading "
            "donors.",
            "hiding the accounts, selling the land, and misleading donors",
        ),
    ],
)
def test_agentless_accusation_reports_its_charge(text: str, charge: str) -> None:
    assert [(c, label) for c, _, label in content_cue_label(text)] == [(charge, "vague")]
    assert speaker_label(text, "en") == [("", "vague")]


def test_a_suspicion_is_no_accusation() -> None:
    assert content_cue_label("The driver was suspected of speeding on the bypass.") == []


# mend35a (review35 items 1, 2, 8, 9, 15): the accused is never the speaker; a denied, put-off,
# conditional or court accusation says nothing; an accuser after the charge speaks; the charge
# is one clause.


@pytest.mark.parametrize(
    "text",
    [
        "The ferry firm has been accused of cutting sailings to the islands.",
        "The bakery, which was accused of cheating its customers, said it would appeal.",
        "The senator, who was accused of misleading voters last year, said she would stay.",
    ],
)
def test_the_accused_is_not_the_speaker(text: str) -> None:
    found = zip(content_cue_label(text), speaker_label(text, "en"), strict=True)
    charged = [
        speaker
        for (content, _, _), (speaker, _) in found
        if "accused" not in content and content.startswith(("cutting", "cheating", "misleading"))
    ]
    assert charged in ([], [""])


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer was not accused of hiding the debts.",
        "The treasurer has never been accused of taking a bribe.",
        "Nobody was accused of breaking the club's rules.",
        "No one has been accused of wrongdoing in the affair.",
        "She could be accused of lying to the panel.",
        "The drivers will be accused of breaking the law if they strike.",
        "If the treasurer is accused of hiding the debts, she will resign.",
        "He does not want to be accused of ignoring the families.",
        "The woman, 41, is accused of theft from a shop in Leeds.",
        "The man was accused of attacking his neighbour and will appear before magistrates.",
        'The bakery was accused of "cheating customers," said the union.',
    ],
)
def test_an_accusation_nobody_makes_says_nothing(text: str) -> None:
    assert content_cue_label(text) == []


def test_an_accuser_after_the_charge_speaks() -> None:
    text = "The bakery was accused of cheating customers by the consumer watchdog."
    assert [c for c, _, _ in content_cue_label(text)] == ["cheating customers"]
    assert speaker_label(text, "en") == [("the consumer watchdog", "named")]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("The man is accused of stealing two vans and is due back in court in May.", None),
        (
            "The treasurer was accused of hiding the debts and resigned the next day.",
            "hiding the debts",
        ),
        (
            "The bakery was accused of cheating customers but the case was dropped.",
            "cheating customers",
        ),
        (
            "The treasurer was accused of hiding the debts (a claim she rejects).",
            "hiding the debts",
        ),
        (
            "The bakery was accused of raising prices, prompting an inquiry by the regulator.",
            "raising prices",
        ),
        ("The bakery was accused of raising prices, something it denies.", "raising prices"),
        (
            "The treasurer was accused by critics of hiding the debts and resigned.",
            "hiding the debts",
        ),
    ],
)
def test_the_charge_ends_with_its_clause(text: str, charge: str | None) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == ([charge] if charge else [])
