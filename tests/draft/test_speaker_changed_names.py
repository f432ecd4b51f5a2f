"""A first name the press marks as changed with an asterisk (« Clara* », a footnote « *Le
prénom a été modifié ») is an anonymous speaker, not a named one. Made-up sentences, with a
counter-case."""

from __future__ import annotations

from quizapp.draft import analyze


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


def test_a_first_name_marked_as_changed_is_anonymous() -> None:
    text = "« Le loyer a doublé », soupire Lina*, étudiante à Rennes."
    assert _said(text) == [("Lina", "anonymous")]


def test_a_plain_name_stays_named() -> None:
    text = "« Le loyer a doublé », soupire Lina Morel, étudiante à Rennes."
    assert _said(text) == [("Lina Morel", "named")]
