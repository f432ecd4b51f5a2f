"""mend57e: review57a's faults in english57's telling inside an English quotation. A negated
verb reports nothing said; an adverb or a relative clause without "who/that" is never part of
the subject; a document, a law or a text does not speak; "says it all" is an idiom; "the
more … the less …" is a comparison. Made-up sentences, each inside a quotation whose speaker
is cued after it: only that quotation is found."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker) for a in found.attributions]


@pytest.mark.parametrize(
    "inside",
    [
        "The council never said the road would reopen",
        "The council did not say the road would reopen before the summer",
        "The council rarely admits the road was never safe for children",
        "The answer he gave says a lot about the council and its plans",
        "The neighbours I spoke to agree the road is far too busy",
        "The law states that every child must have a safe way to school",
        "The rules state that the hall must close at ten every night",
        "The evidence clearly states the road is far too busy for children",
        "The Bible says that we should love our neighbours as ourselves",
        "The Queen's Speech promised that the road would be rebuilt",
        "The problem says it all about the way this town is run",
        "The more people say the road is safe, the less I believe it",
    ],
)
def test_nobody_else_tells(inside: str) -> None:
    assert len(_found(f"“{inside},” said Ann Lowe.")) == 1


def test_never_an_empty_speaker() -> None:
    found = _found("“The problem tells us that the road is far too busy,” said Ann Lowe.")
    assert all(speaker for _, speaker in found)
