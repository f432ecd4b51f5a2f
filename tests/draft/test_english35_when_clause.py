"""english35: a clause of time or condition alone before a final verb ("When tenants want a
repair, they write to the office") is what the subject does then, not words anyone said; a
main clause after it still is. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_when_clause_alone_is_not_reported() -> None:
    assert said("When tenants want a repair, they write to the housing office.") == []


def test_a_main_clause_after_the_condition_is_reported() -> None:
    text = "If the bridge shuts, the town will suffer, Mr Roe said."
    assert said(text) == [("If the bridge shuts, the town will suffer", "Mr Roe")]


def test_a_condition_with_no_comma_before_its_main_clause_is_reported() -> None:
    """mend35b: news English drops the comma after the condition; the clause has a second
    finite verb (or a known one after a second subject), so it is still the words said."""
    for text in (
        "If the council does nothing the town will flood, the mayor warned.",
        "Unless the council acts now the town will flood, the mayor warned.",
    ):
        assert said(text) == [(text[: text.index(",")], "the mayor")]


def test_a_condition_with_one_known_verb_alone_is_not_reported() -> None:
    assert said("When the tenants have a complaint, they write to the office.") == []
