"""A setting set off by commas between an English subject and its verb (", at the meeting,",
", on behalf of the council,", ", in a letter to the council,"): the noun phrase at its end is
the object of its preposition, never the speaker; the subject before the commas speaks (made-up
sentences). A setting that opens the clause with a subject after it ("In a statement the
company said") keeps that subject."""

from __future__ import annotations

import pytest

from tests.draft.readings import sources

CLAIM = "the ferry service will end in March"


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    "setting",
    [
        "at the meeting",
        "on behalf of the council",
        "in a letter to the council",
        "at a rally outside the town hall",
        "on its website",
        "speaking to the committee",
    ],
)
@pytest.mark.parametrize("subject", ["Jane Roe", "The port authority", "A spokesman"])
@pytest.mark.parametrize("verb", ["said", "has told reporters", "warned that"])
def test_the_subject_before_the_setting_speaks(setting: str, subject: str, verb: str) -> None:
    assert _sources(f"{subject}, {setting}, {verb} {CLAIM}.") == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (f"In a statement the company said {CLAIM}.", "the company"),
        (f"At the meeting the mayor said {CLAIM}.", "the mayor"),
        (f"On Monday the harbour master said {CLAIM}.", "the harbour master"),
        (f"In a letter to the council the mayor said {CLAIM}.", "the mayor"),
    ],
)
def test_a_subject_after_an_opening_setting_is_kept(text: str, subject: str) -> None:
    """Counter-case: the determiner after the setting's own noun opens the subject."""
    assert _sources(text) == [subject]
