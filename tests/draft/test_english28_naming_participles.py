""" "Plans have been branded “reckless” by neighbours": a participle of naming (lexicon
``naming_participles``) in the passive needs no "as" before a quotation; the quotation is
what the agent after "by" called it, and the agent speaks. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Plans to shut the depot have been branded “reckless” by the drivers' union.",
            "“reckless”",
            "the drivers' union",
        ),
        (
            "The new timetable was dubbed “a shambles” by angry commuters.",
            "a shambles",
            "angry commuters",
        ),
        ("Ferry cuts branded “a disgrace” by islanders", "a disgrace", "islanders"),
        (
            'The scheme was labelled "a waste of money" by Cllr Ann Lee on Tuesday.',
            "a waste of money",
            "Cllr Ann Lee",
        ),
        ("The levy has been termed ‘unfair’ by traders.", "‘unfair’", "traders"),
    ],
)
def test_a_quotation_after_a_naming_participle_is_what_its_agent_said(
    text: str, content: str, source: str
) -> None:
    assert said(text) == [(content, source)]


def test_the_as_form_stays_as_it_was() -> None:
    """Counter-case: "described as" read its complement before and reads it the same."""
    text = "The plan was described as “reckless” by the drivers' union."
    assert said(text) == [("“reckless”", "the drivers' union")]


@pytest.mark.parametrize(
    "text",
    [
        "A film called “Heat” by Jo Lindqvist was shown at the festival.",  # a work and its maker
        "The plan was branded a failure by campaigners.",  # no quotation, no "as"
        "Plans to shut the depot have been branded “reckless”.",  # nobody named
    ],
)
def test_no_quotation_or_no_agent_reports_nothing(text: str) -> None:
    """Counter-cases: "called" is no participle of naming here; without a quotation or without
    an agent the passive says nothing, as before."""
    assert said(text) == []
