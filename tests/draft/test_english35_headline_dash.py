"""english35: a headline that opens on a quotation and closes on a dash and a few words with
no verb gives the quotation to those words. Made-up headlines."""

from __future__ import annotations

from tests.draft.readings import said


def test_headline_quotation_then_dash_and_source() -> None:
    text = "'We will not be moved' – tenants of Elm Court\n\nThe tenants met on Monday."
    assert said(text)[:1] == [("We will not be moved", "tenants of Elm Court")]


def test_a_dash_before_a_clause_gives_no_source() -> None:
    text = "'Fix it now' – the landlord is under fire\n\nThe landlord met on Monday."
    assert said(text) == []
