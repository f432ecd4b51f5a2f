"""A participle of a verb of saying whose other forms take a clause with no "that" ("claimed
the plan would…") takes one too when it reads as a clause: "…, claiming the children could go
elsewhere", "… stating the town would face costs" (english23: lexicon ``clause_object_forms``
had "confirming" and "suggesting", not "claiming" nor "stating"). Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.cue), a.speaker, found.passage(a.content)) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Officers closed the school, claiming the children could go elsewhere.",
         "claiming", "Officers", "the children could go elsewhere"),
        ("The mayor led the vote for approval stating the town would face costs.",
         "stating", "The mayor", "the town would face costs"),
        ("Residents marched to the town hall on Monday, claiming the road was unsafe.",
         "claiming", "Residents", "the road was unsafe"),
        ("The coach picked a young side, stating the older players were tired.",
         "stating", "The coach", "the older players were tired"),
    ],
)  # fmt: skip
def test_a_participle_takes_a_clause_with_no_that(
    text: str, cue: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(cue, speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["The mayor resigned, stating personal reasons.", "The club won, claiming the cup again."],
)
def test_a_participle_before_a_noun_phrase_reports_nothing(text: str) -> None:
    """Counter-cases: the object is no clause."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The union demanded he set up a new inquiry.", "The union", "he set up a new inquiry"),
        ("Parents demanded they be given a vote on the plan.",
         "Parents", "they be given a vote on the plan"),
        ("The mayor demands they pay for the damage.", "The mayor", "they pay for the damage"),
    ],
)  # fmt: skip
def test_a_demand_takes_a_clause_with_no_that(text: str, speaker: str, content: str) -> None:
    """ "demanded he set up…": a subject and its verb, the subjunctive of a demand."""
    assert [(s, c) for _cue, s, c in _found(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    "text", ["The union demanded a written guarantee.", "Parents are demanding a meeting."]
)
def test_a_demand_of_a_noun_phrase_reports_no_clause(text: str) -> None:
    """Counter-cases: what is demanded is a thing, no statement."""
    assert _found(text) == []
