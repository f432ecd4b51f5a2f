""" "The company says…" after the company's chief executive spoke (made-up sentences): a
definite word for a body (lexicon body_demonstrative_heads) that no speaker's role holds takes
up the named body met before it, never the person who spoke last; the body whose name holds
the word comes first ("the agency" after the Harbour Agency). When a
named body spoke last, it is the one taken up, as before."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the ferry service will end in March"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    "opening",
    [
        "Brightline caused the outage on Friday.",
        "The outage was caused by Brightline. Brightline is a ferry operator.",
    ],
)
@pytest.mark.parametrize(
    ("word", "verb"), [("company", "says"), ("firm", "said"), ("operator", "has warned")]
)
def test_the_body_not_its_chief_who_spoke_last(opening: str, word: str, verb: str) -> None:
    text = f"{opening} Its chief executive Jo Marsh said it was a fault. The {word} {verb} {CLAIM}."
    assert _speakers(text) == ["Jo Marsh", "Brightline"]


def test_a_body_whose_name_holds_the_word_comes_first() -> None:
    text = (
        "The Harbour Agency opened an inquiry. Campaigners said the port was unsafe. "
        f"The agency said {CLAIM}."
    )
    assert _speakers(text)[-1] == "Harbour Agency"


def test_a_named_body_that_spoke_last_is_kept() -> None:
    """Counter-case: the last speaker is a named body; another body named after it in its
    own sentence does not take its place."""
    text = f"Brightline said it would sue Harbourline. The company added that {CLAIM}."
    assert _speakers(text) == ["Brightline", "Brightline"]
