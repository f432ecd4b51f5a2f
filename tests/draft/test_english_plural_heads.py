"""A plural subject with a complement or an aside before a base form (made-up sentences):
"Critics of the plan say", "The islanders in the north warn", "Critics, speaking to
reporters, say", "“…,” critics of the plan say" report what follows; a plural noun inside
an object ("he heard residents of the area complain") is nobody saying anything."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

CLAIM = "the ferry service will end in March"


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("Critics of the plan", "say that"),
        ("The islanders in the north", "warn"),
        ("Many residents of the old town", "believe that"),
        ("Critics, speaking to reporters,", "argue that"),
    ],
)
def test_a_plural_head_before_its_complement_or_aside(subject: str, verb: str) -> None:
    [(content, source)] = said(f"{subject} {verb} {CLAIM}.")
    assert content == CLAIM and source.startswith(subject.split(",")[0])


def test_after_a_quotation() -> None:
    [(content, source)] = said("“The ferry is our only road,” critics of the plan say.")
    assert content.startswith("The ferry") and source == "critics of the plan"


def test_a_plural_noun_inside_an_object_says_nothing() -> None:
    text = "Since May he had heard many residents of the area complain about the ferry."
    assert said(text) == []
