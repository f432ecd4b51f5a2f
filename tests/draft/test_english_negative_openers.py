"""A word that opens a noun phrase of quantity or negation ("None of the patients…",
"Nobody…", "Others…", "Most…") written with a capital at a sentence's start is no proper
name (made-up sentences, lexicon noun_phrase_openers): it never names, nor takes over, the
speaker of the sentence before it, however it is written."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the waiting list is down to 400"


@pytest.mark.parametrize(
    "after",
    [
        "None of the patients involved are pregnant women.",
        "Nobody at the trust was available for comment.",
        "Most of the scans were routine.",
        "Others were seen within a week.",
    ],
)
@pytest.mark.parametrize(
    "speaker",
    ["A hospital spokeswoman", "The hospital spokeswoman", "A council spokesman"],
)
def test_the_description_keeps_its_own_words(after: str, speaker: str) -> None:
    analysis = analyze(f"{speaker} said {CLAIM}. {after}", "en")
    assert [a.speaker for a in analysis.attributions] == [speaker]


def test_a_name_after_a_description_still_names_it() -> None:
    """Counter-case: a real name opening the next sentence with the same office still names
    the one who spoke."""
    text = (
        f"The health minister said {CLAIM}. Jane Okafor, the health minister, visited the "
        "hospital on Monday."
    )
    analysis = analyze(text, "en")
    assert [a.speaker for a in analysis.attributions] == ["Jane Okafor"]
