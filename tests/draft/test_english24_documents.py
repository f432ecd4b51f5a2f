"""A document speaking as itself ("The report said the Old Mill could be sold"): the names in
what it says are not its issuer, and an English definite document nobody is found to have
issued is named, as the keys hold it (report 11 of 11 in 4 batches, study 3 of 3, survey 3
of 4). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report said the Old Mill could be sold to pay for the repairs.", "The report"),
        ("The study found that Greenfield School pupils slept longer than others.", "The study"),
        ("The survey said Northern Rail passengers waited longer than anyone.", "The survey"),
    ],
)
def test_a_document_is_not_the_name_it_speaks_of(text: str, speaker: str) -> None:
    assert speaker_label(text, "en") == [(speaker, "named")]


def test_a_document_after_its_issuer_is_still_the_issuer() -> None:
    """Counter-case: a name before the document, in its sentence or the one before, issued it."""
    text = "Acme Corp announced the merger on Monday. The report said 300 jobs would go."
    assert speaker_label(text, "en") == [("Acme Corp", "named")]


def test_a_french_document_nobody_issued_stays_anonymous() -> None:
    """Counter-case: French keys hold « l'étude » anonymous as often as named."""
    text = "Le rapport affirme que les habitants de Saint-Jean attendent trop longtemps."
    assert [label for _, label in speaker_label(text, "fr")] == ["anonymous"]
