"""A proposal resting PARTLY on a passage the teacher marked « not a claim » (teacher48;
dismiss47 left it as it was): a classify or a match is rebuilt from its other findings, the
claims or pairs on the dismissed passage set aside, and put back when she takes the dismissal
back; it is withdrawn, with that reason, when too little is left to ask."""

from __future__ import annotations

from typing import Any

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.review import (
    PASSAGE_GONE,
    TOO_FEW_LEFT,
    makes_a_question,
    put_back,
    rebuilt,
)
from quizapp.draft.findings import Analysis

TEXT = (
    "Northgate library will close in March.\n\n"
    '"We cannot justify the cost," said councillor Martin Greaves. '
    '"It is the only quiet place for homework," said Sheila Okafor. '
    '"Nobody asked us," said Priya Nair. '
    'Protesters held placards reading "Books not cuts". '
    "Critics say the council let the building decline.\n"
)


def _index(analysis: Analysis, start: str) -> int:
    found = [a.content for a in analysis.attributions] + [c.span for c in analysis.unattributed]
    return next(n for n, span in enumerate(found) if analysis.passage(span).startswith(start))


def _drafts() -> tuple[Analysis, list[dict[str, Any]], int]:
    analysis = analyze(TEXT, "en")
    return analysis, draft_questions(analysis), _index(analysis, "Books not cuts")


def _row(drafts: list[dict[str, Any]], kind: str) -> int:
    return next(n for n, draft in enumerate(drafts) if draft["type"] == kind)


def test_a_match_loses_the_pair_on_the_dismissed_passage_and_gets_it_back() -> None:
    analysis, drafts, placard = _drafts()
    row = _row(drafts, "match")
    assert "Protesters" in [pair["right"] for pair in drafts[row]["pairs"]]
    now = rebuilt(analysis, drafts, {}, {placard})
    match = now.drafts[row]
    assert [pair["right"] for pair in match["pairs"]] == [
        "Martin Greaves", "Sheila Okafor", "Priya Nair"
    ]  # fmt: skip
    assert len(match["evidence"]) == 3 and not any("placards" in e for e in match["evidence"])
    assert row not in now.withdrawn and len(now.aside[row]) == 1
    back = rebuilt(analysis, now.drafts, now.aside, set())
    assert back.drafts == drafts and back.aside == {} and back.withdrawn == {}


def test_a_classify_left_with_one_claim_is_withdrawn_with_its_reason() -> None:
    analysis, drafts, placard = _drafts()
    row = _row(drafts, "classify")
    assert len(drafts[row]["items"]) == 2
    now = rebuilt(analysis, drafts, {}, {placard})
    assert now.withdrawn[row] == TOO_FEW_LEFT
    assert [item["claim"] for item in now.drafts[row]["items"]] == [
        "It is the only quiet place for homework"
    ]
    assert rebuilt(analysis, now.drafts, now.aside, set()).withdrawn == {}


def test_a_proposal_on_dismissed_passages_alone_keeps_the_first_reason() -> None:
    analysis, drafts, placard = _drafts()
    sheila = _index(analysis, "It is the only quiet place")
    row = _row(drafts, "classify")
    now = rebuilt(analysis, drafts, {}, {placard, sheila})
    assert now.withdrawn[row] == PASSAGE_GONE
    assert now.drafts[row] == drafts[row]  # nothing set aside: all of it is withdrawn


def test_her_edits_stay_when_the_parts_come_back() -> None:
    analysis, drafts, placard = _drafts()
    row = _row(drafts, "match")
    now = rebuilt(analysis, drafts, {}, {placard})
    now.drafts[row] = {**now.drafts[row], "prompt": "Who said which?"}
    back = rebuilt(analysis, now.drafts, now.aside, set())
    assert back.drafts[row]["prompt"] == "Who said which?"
    assert back.drafts[row]["pairs"] == drafts[row]["pairs"]
    assert put_back(now.drafts[row], now.aside[row])["evidence"] == drafts[row]["evidence"]


def test_what_still_makes_a_question() -> None:
    two = [{"claim": "a", "label": "named"}, {"claim": "b", "label": "fact"}]
    assert makes_a_question({"type": "classify", "items": two})
    assert not makes_a_question({"type": "classify", "items": [two[0], two[0]]})
    pairs = [{"left": "x", "right": "A"}, {"left": "y", "right": "A"}]
    assert not makes_a_question({"type": "match", "pairs": pairs})
    assert makes_a_question({"type": "match", "pairs": [pairs[0], {"left": "y", "right": "B"}]})
