""" "It" as a source (made-up sentences): with no named body before it, "it" takes up the
latest speaker that is no person, a document or a thing described ("the draft states… It
adds that…"); a person who spoke last is never "it"."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


def test_it_takes_up_the_document_that_spoke_last() -> None:
    text = (
        "A leaked draft of the rules was seen by reporters. "
        "“Platforms must act,” the draft states. It adds that large platforms have a role."
    )
    assert _speakers(text) == ["the draft", "the draft"]


def test_it_never_takes_up_a_person_described() -> None:
    """Counter-case: a spokesman is a person; "it" stays unresolved."""
    text = (
        "Officials met on Monday. “We will act,” a spokesman said. "
        "It adds that the road will close."
    )
    assert _speakers(text)[-1] != "a spokesman"
