"""teacher58: English reported words a question shows close the straight quotation mark they
open. "…has "found the layout broadly acceptable", the Local Democracy Reporting Service
says." was asked as "Who claims that … has "found the layout broadly acceptable? …": the
student saw one mark, the reported words ending where the quotation did, before its close.
French did it already (teacher16); the claims to classify did it too (claims48)."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

_TEXT = (
    "Council backs the estate\n\n"
    'The highways department at Westshire Council has "found the layout broadly acceptable", '
    "the Local Democracy Reporting Service says.\n\n"
    'Richard Stone said: "We understand highway safety is a concern."\n\n'
    'Councillor Jenny Hart said the road was "too busy" already.'
)


def _prompts() -> list[str]:
    return [q.get("prompt", "") for q in draft_questions(analyze(_TEXT, "en"))]


def test_every_prompt_closes_the_straight_marks_it_opens() -> None:
    asked = [p for p in _prompts() if "layout" in p]
    assert asked, _prompts()
    assert all(p.count('"') % 2 == 0 for p in asked), asked
    assert any('"found the layout broadly acceptable"' in p for p in asked), asked


def test_marks_already_paired_are_left_as_they_are() -> None:
    busy = [p for p in _prompts() if "too busy" in p]
    assert busy and all(p.count('"') == 2 for p in busy), busy


def test_a_straight_and_a_curly_mark_make_a_pair() -> None:
    from quizapp.draft.drafting.wording.passages import reported_marks

    for text in (
        'members had “pre-determined" the vote',
        'the piles were "not really safe for them”',
        'Killarney is the "tourist capital’’, but the county does not revolve around it',
    ):
        assert reported_marks(text, "en") == text


def test_a_closing_mark_with_no_opening_one_gets_it() -> None:
    from quizapp.draft.drafting.wording.passages import reported_marks

    assert (
        reported_marks('the offer had strings attached"', "en")
        == '"the offer had strings attached"'
    )
