"""An English cue opened by a participle of several words after a main clause ("has objected
to the plans, raising concerns about…", with the comma or without) is said by that clause's
subject, never by the clause itself (mend56a)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[tuple[str, str]]:
    """Each finding as (its speaker, its mention as written)."""
    found = analyze(text, "en")
    return [
        (a.speaker, found.passage(a.speaker_mention) if a.speaker_mention else "")
        for a in found.attributions
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wexley Parish Council has also objected to the scheme, raising concerns about the "
        "height of the new sheds.",
        "Wexley Parish Council has also objected to the scheme raising concerns about the "
        "height of the new sheds.",
    ],
)
def test_the_main_clause_subject_raises_the_concerns(text: str) -> None:
    assert _speakers(text) == [("Wexley Parish Council", "Wexley Parish Council")]


def test_a_noun_phrase_before_the_participle_keeps_speaking() -> None:
    text = "Neighbours raising concerns about the height of the sheds met the planners."
    assert [speaker for speaker, _ in _speakers(text)] == ["Neighbours"]
