"""A base form inverted after a quotation before a plural subject (made-up sentences): "“…,”
say critics", "“…,” argue the dock workers", "“…,” warn many residents" report the quotation
like "“…,” says X"; a base form after a quotation with no plural subject after it ("“…,” say
it again") reports nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

QUOTE = "“The ferry is the only way to the mainland,”"


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(analysis.passage(a.content), a.label) for a in analysis.attributions]


@pytest.mark.parametrize(
    "inverted",
    ["say critics", "argue the dock workers", "warn many residents", "insist islanders"],
)
def test_a_plural_subject_after_a_base_form(inverted: str) -> None:
    [(content, label)] = _found(f"{QUOTE} {inverted}.")
    assert content.startswith("The ferry is") and label == "vague"


def test_a_base_form_before_a_pronoun_reports_nothing() -> None:
    assert _found("“Homes for all,” say it again and again, is the campaign's slogan.") == []
