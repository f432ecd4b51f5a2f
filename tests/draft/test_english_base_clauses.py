"""English plural present of verbs that report a clause with no "that" (made-up sentences):
"the groups contend the agency is failing", "Critics maintain the bridge is unsafe",
"Residents complain the buses are late" (the base forms of lexicon clause_object_forms
whose third person was listed); not their object when it reads as no clause ("Volunteers
maintain the park", "They find it hard to sleep")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Montana has the power, but the environmental groups contend the agency is failing.",
            "the agency is failing",
            "the environmental groups",
        ),
        (
            "Critics maintain the bridge is unsafe for lorries.",
            "the bridge is unsafe for lorries",
            "Critics",
        ),
        (
            "Residents complain the buses are always late in winter.",
            "the buses are always late in winter",
            "Residents",
        ),
        (
            "Officials expect the bridge will reopen in May.",
            "the bridge will reopen in May",
            "Officials",
        ),
    ],
)
def test_a_plural_present_reports_its_clause(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    "sentence",
    ["Volunteers maintain the park every weekend.", "They find it hard to sleep at night."],
)
def test_an_object_that_is_no_clause_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []
