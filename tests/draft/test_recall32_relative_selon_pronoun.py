"""« NP qui, selon eux, V… »: inside a relative clause only a person or a body is a source
after « selon », and a stressed pronoun stands for one (recall32, made-up sentences); what
the relative says after the aside is the claim. « qui, selon les règles, … » names no one."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


def test_a_pronoun_in_a_relative_aside_is_a_source() -> None:
    text = "Les pêcheurs protestent. Un quota qui, selon eux, sera encore baissé cet hiver."
    assert ("sera encore baissé cet hiver", "Les pêcheurs") in _found(text)


def test_rules_in_a_relative_aside_are_no_source() -> None:
    text = "Un quota qui, selon les règles européennes, sera encore baissé cet hiver."
    assert _found(text) == []


def test_a_pronoun_for_a_document_is_no_source() -> None:
    """review32: « Le règlement fixe un plafond qui, selon lui, … »: with no person or name
    in the clause before the relative, the pronoun stands for the document (mend32c)."""
    assert _found("La charte impose un délai qui, selon elle, ne peut être réduit.") == []


def test_a_pronoun_for_the_named_subject_is_a_source() -> None:
    text = "Le maire Paul Martin a présenté un budget qui, selon lui, restera stable en 2027."
    assert ("restera stable en 2027", "Paul Martin") in _found(text)
