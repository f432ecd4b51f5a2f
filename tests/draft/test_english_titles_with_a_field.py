"""An English title written before a name with its office's field after "of" or "for"
(made-up sentences): "Minister of Housing Megan Woods says…" is Megan Woods, named; the name
is the holder's own, not a complement naming someone else. A tie to someone ("the wife of
John Smith", "a lawyer for John Smith") still names the one described, not John Smith."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the rent freeze will not return"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister of Housing", "Megan Woods"),
        ("Minister for Health", "Jane Okafor"),
        ("Prime Minister of Canada", "Justin Trudeau"),
        ("Commissioner for Children", "Ruth Allen"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    ["{who} says {claim}.", "On Monday, {who} said {claim}.", '"{claim}," {who} told reporters.'],
)
def test_the_holder_speaks_named(title: str, name: str, sentence: str) -> None:
    text = sentence.format(who=f"{title} {name}", claim=CLAIM)
    found = analyze(text, "en").attributions
    assert [(a.speaker, a.label) for a in found] == [(name, "named")]


@pytest.mark.parametrize(
    "who", ["The wife of John Smith", "A lawyer for John Smith", "An adviser to John Smith"]
)
def test_a_tie_to_a_named_person_is_not_that_person(who: str) -> None:
    """Counter-case: the complement names someone else; the one described speaks."""
    found = analyze(f"{who} said {CLAIM}.", "en").attributions
    assert [a.speaker for a in found] == [who]
    assert [a.label for a in found] == ["anonymous"]
