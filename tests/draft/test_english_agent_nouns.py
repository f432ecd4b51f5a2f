"""English nouns of speech whose agent follows them (made-up sentences): "complaints by
businesses that…", "agreement from both sides that…", "claims in The Telegraph that…" were said
by the agent; after "in", only an outlet or a document speaks ("claims in court that" names no
one), and a time is no agent ("claims in recent weeks that")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The work was called off following complaints by businesses that they were not "
            "consulted.",
            "they were not consulted",
            "businesses",
        ),
        (
            "The judge refused despite agreement from both sides that the sentence was too harsh.",
            "the sentence was too harsh",
            "both sides",
        ),
        (
            "Ministers dismissed allegations from the opposition that the figures had been "
            "altered.",
            "the figures had been altered",
            "the opposition",
        ),
        (
            "The club denied claims in the Guardian that its manager would leave in May.",
            "its manager would leave in May",
            "the Guardian",
        ),
        (
            "Residents welcomed the warning in the council's letter that the road would close.",
            "the road would close",
            "the council's letter",
        ),
    ],
)
def test_the_agent_after_a_noun_of_speech_said_it(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There were claims in recent weeks that the club was for sale.",
        "Rumours spread after complaints in May that the lifts were broken.",
        "The park has warnings in place that swimming is forbidden.",
    ],
)
def test_a_time_or_a_place_after_the_noun_is_no_agent(sentence: str) -> None:
    """Counter-cases: a time, a place and "in place" are nobody."""
    assert all(source not in {"recent weeks", "May", "place"} for _c, source in said(sentence))
    assert not any(c.startswith(("the club", "the lifts", "swimming")) for c, _s in said(sentence))
