"""How English news reports research and surveys (made-up sentences): the verbs of findings
("calculated", "shows that", "determined that"), a named lead and his colleagues, a clause
echoing what others found, and a second voice brought in with "with X predicting"."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str, str]]:
    analysis = analyze(text, "en")
    return [
        (
            analysis.passage(a.content),
            analysis.passage(a.cue) if a.cue else "",
            a.speaker,
            a.label,
        )
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "The researchers calculated that the sea will rise by a metre.",
            "the sea will rise by a metre",
            "calculated",
        ),
        (
            "The survey shows that most firms will raise prices this year.",
            "most firms will raise prices this year",
            "shows",
        ),
        (
            "The coroner determined that the death was accidental.",
            "the death was accidental",
            "determined",
        ),
    ],
)
def test_verbs_of_findings_report_their_clause(sentence: str, content: str, cue: str) -> None:
    [(said, verb, _speaker, _label)] = _found(sentence)
    assert (said, verb) == (content, cue)


def test_a_verb_of_findings_with_a_plain_object_reports_nothing() -> None:
    """Counter-case: "showed a man running" shows a picture, it reports no statement."""
    assert _found("The video showed a man running from the scene.") == []


def test_a_named_lead_speaks_for_his_colleagues() -> None:
    text = (
        "Sir Robert Watson said the pledges were not enough. The planet will pass the mark "
        "by 2050, Watson and colleagues calculated, echoing what other researchers have found. "
        "They said the danger might be delayed."
    )
    found = _found(text)
    assert [speaker for _, _, speaker, _ in found] == ["Sir Robert Watson"] * 3
    assert [label for _, _, _, label in found] == ["named"] * 3
    assert found[1][:2] == ("The planet will pass the mark by 2050", "calculated")


def test_two_named_people_stay_both_the_source() -> None:
    """Counter-case: "Smith and Jones" are two people, not a lead and a team."""
    analysis = analyze("Anna Smith and Paul Jones said the drug works.", "en")
    [found] = analysis.attributions
    assert analysis.passage(found.source) == "Anna Smith and Paul Jones"


def test_a_second_voice_brought_in_with_with_ends_the_first_claim() -> None:
    text = (
        "The survey shows that rates will rise in the second quarter, with most economists "
        "predicting an increase of 15 basis points."
    )
    assert [(content, speaker) for content, _, speaker, _ in _found(text)] == [
        ("rates will rise in the second quarter", "The survey"),
        ("an increase of 15 basis points", "most economists"),
    ]


def test_a_with_clause_that_reports_nothing_stays_in_the_claim() -> None:
    """Counter-case: "with prices rising too" is part of what the minister said."""
    [(content, _cue, _speaker, _label)] = _found(
        "The minister said that rates will rise, with prices rising too."
    )
    assert content == "rates will rise, with prices rising too"
