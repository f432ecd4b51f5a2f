"""The base form of a verb that reports its object (made-up sentences, lexicon
``statement_object_verbs``): "Critics accuse the port of…", "X would accuse the port of…",
"Islanders blame the port for…" report it as "accused" does; a base form with no plural
subject or modal before it ("to accuse the port of…" after a noun) reports nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

OBJECT = "the port authority of hiding the repair bills"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (f"Critics accuse {OBJECT}.", "Critics"),
        (f"Ana Lopes would accuse {OBJECT}.", "Ana Lopes"),
        (f"Ana Lopes accuses {OBJECT}.", "Ana Lopes"),
        ("Islanders blame the port authority for the cancelled crossings.", "Islanders"),
    ],
)
def test_a_verb_reports_its_object_in_every_form(sentence: str, source: str) -> None:
    [(content, found)] = said(sentence)
    assert content.startswith("the port authority") and found == source


def test_a_base_form_after_a_singular_noun_reports_nothing() -> None:
    assert said(f"The decision to accuse {OBJECT} came late.") == []
