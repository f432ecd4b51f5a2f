"""Statements nested in English reported speech (made-up sentences): a belief or a fear
inside what someone said is its own attribution ("…, when she believed little work would be
done"), as is a statement carried by an owned noun of speech ("his assertion that…"); a
speaker hedging her own words ("Cross said she thought…") is one statement."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "en")
    return [
        (analysis.passage(a.content), analysis.passage(a.cue) if a.cue else "", a.speaker)
        for a in analysis.attributions
    ]


def test_a_belief_nested_in_a_statement_is_its_own() -> None:
    text = (
        "Susan Melton said the closure was due to start on a Sunday when she believed "
        "little work would be done."
    )
    assert _found(text)[1] == ("little work would be done", "believed", "Susan Melton")


def test_a_group_nested_after_said_is_the_inner_source() -> None:
    """The inner subject stops at the outer cue: "residents", not "The mayor said residents"."""
    found = _found("The mayor said residents fear the plant will close.")
    assert found[1] == ("the plant will close", "fear", "residents")


def test_a_speaker_hedging_her_own_words_is_one_statement() -> None:
    """Counter-case: "said she thought" is the same voice, not a second attribution."""
    found = _found("Anna Cross said she thought the firm should talk to its investors soon.")
    assert [cue for _, cue, _ in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Ange Postecoglou says he was surprised by the reaction to his assertion that he "
            "always wins things in his second year.",
            "he always wins things in his second year",
            "assertion",
            "Ange Postecoglou",
        ),
        (
            "He repeated his false claim that the vote was rigged.",
            "the vote was rigged",
            "repeated",
            "He",
        ),
        (
            "Analysts doubted Acme Corp's claim that sales would double next year.",
            "sales would double next year",
            "claim",
            "Acme Corp",
        ),
    ],
)
def test_an_owned_noun_of_speech_reports_its_clause(
    text: str, content: str, cue: str, speaker: str
) -> None:
    assert (content, cue, speaker) in _found(text)


def test_a_noun_of_speech_with_no_owner_reports_nothing() -> None:
    """Counter-case: "the claim that…" does not say whose claim it is."""
    assert _found("The claim that prices will rise again next year is false.") == []
