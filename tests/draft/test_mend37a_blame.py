"""English verbs of blame read literally (made-up sentences, mend37a): a thing struck or
blasted, a building condemned, a sentence passed and people as the object are no statement;
a person or a body blamed "for" something is; the outlet's relative after a comma stays out
of the content; "that" right after the verb is a determiner when no clause follows; the
verbs are written once as lemmas and read as forms for both their uses."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.words.lexicon import load


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The winger slammed the ball against the post in the last minute.",
        "He slammed the car door on his way out of the depot.",
        "Workers blasted the hillside to widen the track.",
        "Surveyors condemned the old mill after the flood.",
        "The court condemned the farmer to ten years in jail.",
        "Drivers slammed the brakes on the icy bridge.",
        "Supporters condemned the referees who left the ground early.",
    ],
)
def test_a_literal_object_of_blame_is_no_statement(text: str) -> None:
    assert _found(text) == []


def test_a_relative_after_a_comma_stays_out_of_the_blamed_thing() -> None:
    text = "The governor condemned the attack on the clinic, which injured two nurses."
    assert _found(text) == [("the attack on the clinic", "The governor")]


def test_a_body_blamed_for_something_is_said() -> None:
    text = "Commuters blasted the rail operator for the weekend cancellations."
    assert _found(text) == [("the rail operator for the weekend cancellations", "Commuters")]


def test_that_after_a_verb_of_blame_is_a_determiner_unless_a_clause_follows() -> None:
    text = "Tenants condemned that decision to sell the flats."
    assert _found(text) == [("that decision to sell the flats", "Tenants")]
    clause = "The mayor deplored that the council had failed to act."
    assert _found(clause) == [("the council had failed to act", "The mayor")]


def test_the_verbs_of_blame_are_written_once_as_lemmas() -> None:
    lex = load("en")
    assert "condemn" in lex.raw["blame_object_verbs"]
    assert "slammed" not in lex.raw["blame_object_verbs"]
    assert {"slammed", "slamming", "condemns", "decried"} <= lex.word_set("blame_object_forms")
    assert {"slammed", "lambasting"} <= lex.word_set("statement_object_verbs")
