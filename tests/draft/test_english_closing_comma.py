"""A comma typed inside the closing quotation mark, the American way (made-up sentences): "said
the budget is “very tight,” adding the city would…" ends the first statement at that mark and
the participle reports a second one, in curly, straight and single marks, with or without
"that", after "said" or "described X as"; a quotation opening after "said," is still the
said words, and a comma between two words inside a quotation ends nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("‘", "’")],
    ids=["curly", "straight", "single"],
)
@pytest.mark.parametrize("verb", ["said", "has said", "told reporters"])
@pytest.mark.parametrize("link", ["", "that "])
def test_a_participle_after_a_quoted_word_reports_a_second_statement(
    opening: str, closing: str, verb: str, link: str
) -> None:
    text = (
        f"The mayor {verb} the budget was {opening}very tight,{closing} adding {link}the city "
        "would cut spending."
    )
    found = said(text)
    assert found[0][0] == f"the budget was {opening}very tight,{closing}"
    assert found[1] == ("the city would cut spending", "The mayor")


def test_a_description_with_a_quoted_word_then_a_participle() -> None:
    text = "The source described it as “part of a normal negotiation,” adding the talks go on."
    assert said(text) == [
        ("it as “part of a normal negotiation,”", "The source"),
        ("the talks go on", "The source"),
    ]


def test_a_quotation_after_said_and_a_comma_is_what_was_said() -> None:
    assert said('The mayor said, "The budget is very tight."') == [
        ("The budget is very tight.", "The mayor")
    ]


def test_a_comma_between_words_inside_a_quotation_ends_nothing() -> None:
    text = "The mayor said the budget is “tight, very tight” and adding more is out."
    assert said(text) == [("the budget is “tight, very tight” and adding more is out", "The mayor")]
