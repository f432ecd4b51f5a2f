"""A third party telling inside an English quotation, beyond english24's pronoun and "said /
told": a body or a person named or described ("The borough council say that…"), more verbs
of stating and granting ("He stated he was…"), an adverb before the verb ("He also
recognised…"). Made-up sentences; the guards keep a plan, a possessive, an infinitive and an
adjective "proposed" from telling anything."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“The district council say that 900 homes are due to be built within five years,” "
            "said Ann Lowe.",
            "900 homes are due to be built within five years",
            "The district council",
        ),
        (
            '"Hartley Parish Council proposed that the new road be named after the old mill," '
            "said Ann Lowe.",
            "the new road be named after the old mill",
            "Hartley Parish Council",
        ),
        (
            "“The water board categorically told us that repairs would start within a month,” "
            "said Ann Lowe.",
            "repairs would start within a month",
            "The water board",
        ),
    ],
)
def test_a_body_tells_inside_a_quotation(text: str, content: str, speaker: str) -> None:
    assert _found(text)[1:] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“He stated he was looking for answers on every point in the survey,” said Ann Lowe.",
            "he was looking for answers on every point in the survey",
        ),
        (
            "“He also recognised the crossing was dangerous for children,” said Ann Lowe.",
            "the crossing was dangerous for children",
        ),
    ],
)
def test_a_pronoun_states_inside_a_quotation(text: str, content: str) -> None:
    found = _found(text)
    assert [content for content, _ in found[1:]] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "“He agreed to meet us on Monday next week,” said Ann Lowe.",
        "“Their own figures say the town is full and cannot grow,” said Ann Lowe.",
        "“The council's claims that the road is safe are plainly wrong,” said Ann Lowe.",
        "“The original proposed submission of the plan was a big campaign,” said Ann Lowe.",
        "“The man who said the road was shut was wrong about it,” said Ann Lowe.",
    ],
)
def test_no_one_else_tells(text: str) -> None:
    assert len(_found(text)) == 1
