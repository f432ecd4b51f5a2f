"""An irregular participle and its agent set off between an English subject and its verb
(", led by chair Jo Marsh,", ", run by the council,"): the subject before the commas speaks,
never the aside ("led by Jo Marsh" is no noun phrase), as with a regular one (", chaired by
X,") (made-up sentences). A participle with no "by" is not read so."""

from __future__ import annotations

import pytest

from tests.draft.readings import sources

CLAIM = "the ferry service will end in March"


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    "aside",
    [
        "led by chair Jo Marsh",
        "run by the county council",
        "held by the port authority",
        "chaired by Jo Marsh",
        "backed by two ferry operators",
    ],
)
@pytest.mark.parametrize("subject", ["A misconduct panel", "The shelter", "Harbour Watch"])
@pytest.mark.parametrize("verb", ["said", "found", "has warned that"])
def test_the_subject_before_the_aside_speaks(aside: str, subject: str, verb: str) -> None:
    assert _sources(f"{subject}, {aside}, {verb} {CLAIM}.") == [subject]


def test_a_participle_without_by_is_no_aside_of_this_kind() -> None:
    """Counter-case: "run" with no agent is no participle aside; the reading is unchanged."""
    text = f"The shelter, run down for years, said {CLAIM}."
    assert "by" not in " ".join(_sources(text))
