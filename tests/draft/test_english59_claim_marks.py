"""A claim to classify is paired by the function that pairs reported words (english59,
``passages.reported_marks``; ``paired_marks``, its twin since claims48, read straight and
curly marks apart): a straight opener closed by a curly mark is one pair, and no mark is
added to a claim whose marks pair already."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

_ARTICLE = """Council plans draw anger

The council wants to close the library on Mondays. The response from members of the public \
ranged from "disappointment to frustration to outrage”. Cllr Jane Brown said the decision \
was wrong. "We will fight it," said the campaign leader Tom Ellis."""


def _claims() -> list[str]:
    """The claims of every classify question drafted from ``_ARTICLE``."""
    found = analyze(_ARTICLE, "en", headline="Council plans draw anger")
    return [item["claim"] for q in draft_questions(found) for item in q.get("items", [])]


def test_a_claim_with_a_straight_opener_and_a_curly_closer_gets_no_more_marks() -> None:
    mixed = [claim for claim in _claims() if "outrage" in claim]
    assert mixed
    for claim in mixed:
        assert claim.startswith("The response") and not claim.endswith('"')
