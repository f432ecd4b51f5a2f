"""English verbs of showing with a document for their subject (made-up sentences): "The report
highlights common failings", "a study which highlighted a rise in cases", "The report relates a
number of cases where…" report their object, said by the document; with any other subject
("the storm highlighted the need for drains", a headline's "stranding highlights the need for
a law") or as "relates to" they report nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The report highlights common failings in the way landlords answer tenants.",
            "common failings in the way landlords answer tenants",
            "The report",
        ),
        (
            "She published a study on hospital waiting lists which highlighted a rise in cases.",
            "a rise in cases",
            "a study on hospital waiting lists",
        ),
        (
            "The council's report relates a number of cases where repairs took months.",
            "a number of cases where repairs took months",
            "The council's report",
        ),
    ],
)
def test_a_document_that_highlights_or_relates(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm highlighted the need for new drains in the town.",
        "Travellers' bush stranding highlights the need for a consumer law",
        "The mayor's visit highlights the plight of the flooded streets.",
        "The issue relates to pay and working hours.",
    ],
)
def test_no_document_no_statement(sentence: str) -> None:
    """Counter-cases: an event or a visit shows; "relates to" is about."""
    assert said(sentence) == []
