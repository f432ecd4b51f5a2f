"""English judgements with "as" (made-up sentences): "viewed those as the rough and tumble of
politics", "Critics see the move as a power grab" report the object and the judgement; with the
object before its subject ("grounds Coad regards as insufficient", "what some observers view
as a sign…") the judgement alone, said by the words right before the verb; a second verb after
", but" shares the first one's subject. The passive, "as soon as", "as well" and an "as" that
opens a clause report nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "He sees the new timetable as part of the problem.",
            "the new timetable as part of the problem",
            "He",
        ),
        ("Critics see the move as a power grab.", "the move as a power grab", "Critics"),
        (
            "The mayor regarded the plan as unfair to tenants.",
            "the plan as unfair to tenants",
            "The mayor",
        ),
        (
            "Local farmers have long viewed the scheme as a waste of money.",
            "the scheme as a waste of money",
            "Local farmers",
        ),
    ],
)
def test_a_verb_of_judging_reports_its_object_as(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Two tenants were evicted on grounds Coad regards as insufficient.",
            "insufficient",
            "Coad",
        ),
        ("It was a plan the mayor regarded as unfair.", "unfair", "the mayor"),
        ("They were fired for reasons he sees as unjust.", "unjust", "he"),
        (
            "In what some observers view as a sign of changing times, the judge refused.",
            "a sign of changing times",
            "some observers",
        ),
    ],
)
def test_an_object_before_its_subject_leaves_the_judgement(
    sentence: str, content: str, source: str
) -> None:
    assert (content, source) in said(sentence)


def test_but_and_a_verb_of_judging_share_the_subject_before() -> None:
    text = (
        "The chairman has admitted there had been differences of opinion, "
        "but viewed those as the rough and tumble of politics."
    )
    assert said(text) == [
        ("there had been differences of opinion", "The chairman"),
        ("those as the rough and tumble of politics", "The chairman"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge's ruling was seen as a loss for the plaintiffs.",
        "He saw the film as soon as it came out.",
        "The town saw sales fall as prices rose.",
        "She saw her son as he left the station.",
        "They want to see the plan as it was.",  # mend34a: seeing, no wish to see it done
        "They went to see the plan as it was.",
        "She viewed the house as well.",
        "As regards the budget, the council will vote.",
    ],
)
def test_no_judgement_reports_nothing(sentence: str) -> None:
    """Counter-cases: a passive with nobody named, an "as" of time, degree or manner, a clause
    after "as", a verb after "to"."""
    assert said(sentence) == []
