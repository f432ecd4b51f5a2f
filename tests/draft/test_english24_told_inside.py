"""Someone else's words told inside an English quotation ("“He said the only reason…,” she
said", "“She told me, all you need…,” he said"): the clause after the pronoun's verb of
saying is that third party's statement, besides the quotation being the quoted speaker's
own, and the pronoun is someone else than the one quoted. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker, a.kind) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Sarah Wood spoke to the committee.\n\n“He said the only reason for the delay was "
            "the access road,” she said.",
            "the only reason for the delay was the access road",
            "indirect",
        ),
        (
            "Tom Hale was arrested on Monday.\n\n“She told me, all you need to do is plead "
            "guilty,” he said.",
            "all you need to do is plead guilty",
            "direct",
        ),
        (
            "Passengers were stranded.\n\n“They told us: we have no rooms left for anyone "
            "tonight,” Ms Ward said.",
            "we have no rooms left for anyone tonight",
            "direct",
        ),
        (
            "The inspector wrote a report.\n\n“He says the driver refused to stop, and he "
            "feared a crash,” the report said.",
            "the driver refused to stop, and he feared a crash",
            "indirect",
        ),
    ],
)
def test_a_third_party_told_inside_a_quotation(text: str, content: str, kind: str) -> None:
    found = _found(text)
    assert len(found) == 2
    assert (found[1][0], found[1][2]) == (content, kind)


def test_he_is_not_the_one_quoted() -> None:
    """The man named before the quotation, not the woman quoted, is its "he"."""
    text = (
        "Councillor Peter Grant visited the school in May. Sarah Wood chairs the governors.\n\n"
        "“He said the only reason for the delay was the access road,” Ms Wood said."
    )
    assert [speaker for _, speaker, _ in _found(text)] == ["Sarah Wood", "Peter Grant"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale spoke on Monday.\n\n“We said from the beginning that the plan was wrong,” "
        "he said.",
        "Tom Hale spoke on Monday.\n\n“I told them the plan would never work in a town like "
        "this,” he said.",
        "Tom Hale spoke on Monday.\n\n“The other side said they had no intent to harm "
        "anyone,” he said.",
    ],
)
def test_the_quoted_speaker_own_words_or_a_noun_phrase(text: str) -> None:
    """Counter-cases: a first person is the quoted speaker's own saying; a noun phrase
    subject the keys do not hold (0 of 1)."""
    assert len(_found(text)) == 1
