"""An English impersonal voice that names nobody (an agentless passive, "were told", "is
thought", or "it is understood") is no speaker: the keys give such a statement none (13 in 10
batches), and a drafted question asking who said it has no answer. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions


def _found(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, label) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.cue) if a.cue else "", a.speaker, a.label) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is understood that the club will appoint a new manager next week.",
         "It is understood"),
        ("It is thought the bridge will stay closed until the spring.", "It is thought"),
        ("Residents were told the library would shut for a month.", "were told"),
        ("The new roof is believed to have cost more than the school itself.", "is believed"),
        ("Concerns have been raised about the state of the harbour wall.",
         "Concerns have been raised about"),
    ],
)  # fmt: skip
def test_a_voice_that_names_nobody_is_no_speaker(text: str, cue: str) -> None:
    [(found_cue, speaker, label)] = _found(text)
    assert (found_cue in cue, speaker, label) == (True, "", "vague")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some say the bridge will never reopen.", "Some"),
        ("The plan was believed by officials to be too costly.", "officials"),
    ],
)
def test_a_voice_that_names_someone_keeps_its_speaker(text: str, speaker: str) -> None:
    """Counter-cases: a group ("some") or a passive's agent is someone."""
    assert [found[1] for found in _found(text)] == [speaker]


def test_no_question_asks_who_said_what_nobody_is_named_saying() -> None:
    text = (
        "Pool to close\n\n"
        "Swimmers were told the pool would close for repairs in May. "
        "“We will reopen in the summer,” said Paul Hughes. "
        "“The budget is safe,” said Anne Roux. "
        "“The water is too cold,” said Mark Blanc."
    )
    texts = []
    for question in draft_questions(analyze(text, "en")):
        texts += [question["prompt"]] + [o["text"] for o in question.get("options", [])]
        texts += [pair["right"] for pair in question.get("pairs", [])]
    assert not any("repairs" in t or "told" in t for t in texts)
    assert "" not in texts
