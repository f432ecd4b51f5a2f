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


# english10: the same inversion after a clause and its comma ("…, say two senior government
# sources."), with the subject's number, a complement or a relative after it.
@pytest.mark.parametrize(
    ("inverted", "source", "label"),
    [
        ("say two senior government sources", "two senior government sources", "anonymous"),
        ("say police in the county", "police", "named"),
        ("warn engineers who inspected it in May", "engineers", "vague"),
        ("claim tenants at the Acme estate", "tenants", "vague"),
        ("argue many residents", "many residents", "vague"),
    ],
)
def test_a_plural_subject_after_a_clause(inverted: str, source: str, label: str) -> None:
    analysis = analyze(f"The old bridge was never safe for lorries, {inverted}.", "en")
    [found] = analysis.attributions
    assert analysis.passage(found.content) == "The old bridge was never safe for lorries"
    assert analysis.passage(found.source) == source and found.label == label


def test_a_headline_with_no_full_stop_inverts_too() -> None:
    text = "Ferry should have been kept running, say island sources\n\nThe ferry stopped.\n"
    analysis = analyze(text, "en")
    assert [analysis.passage(a.source) for a in analysis.attributions] == ["island sources"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If the alarm sounds, tell the guards at once.",  # an order after a condition
        "If in doubt, tell a guard.",  # a singular noun: no inverted plural
        "In case of doubt, say nothing at all.",
        "The bridge was closed, tell them.",  # a pronoun
    ],
)
def test_an_order_after_a_comma_reports_nothing(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_condition_with_its_own_main_clause_is_what_they_say() -> None:
    [(content, label)] = _found("If rates rise, prices will fall, say economists.")
    assert content == "If rates rise, prices will fall" and label == "vague"
