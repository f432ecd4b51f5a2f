"""An English "it" with no body among the speakers stayed "It", a speaker nobody can name
(3 findings of the corpus, all wrong). It takes up the subject that opened the sentence
before when that subject is no person whose gender is known and no group. Made-up
sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Network Rail said every worker is screened. It also said everybody must wear masks.",
            "Network Rail",
        ),
        (
            "Coastal Buses urged riders to stay at home on Monday. It expected to run a "
            "limited service.",
            "Coastal Buses",
        ),
        (
            "Harbour Water said the leak was fixed. It added that no homes were affected.",
            "Harbour Water",
        ),
    ],
)
def test_it_takes_up_the_subject_before(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_it_is_not_a_man_named_before() -> None:
    """Counter-case: a person whose gender is known is nobody "it" stands for."""
    assert _speakers("John Smith walked in. It said the end was near.") == ["It"]
