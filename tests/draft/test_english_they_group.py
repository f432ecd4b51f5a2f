"""A plural group without a name that opens a sentence ("Four doctors challenged the law",
"Several residents will appeal") is who a "they" just after speaks for, not the last person
who spoke (made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Mary Smith said the bill was vetoed on Monday. Four doctors challenged the law. "
            "As a result, they said, the clinics would close.",
            "Four doctors",
        ),
        (
            "Judge Tom Reyes said the ruling stands. Several residents will appeal the decision. "
            "They say the road is unsafe.",
            "Several residents",
        ),
        (
            "Council leader Ann Marsh said the plan was sound. But nurses have rejected the "
            "offer. They argued that it was far too low.",
            "nurses",
        ),
        (
            "Mayor John Bell said taxes would rise. Local teachers could lose their jobs. "
            "They claimed the cuts were unlawful.",
            "Local teachers",
        ),
    ],
)
def test_they_takes_up_the_group_that_opened_a_sentence(text: str, group: str) -> None:
    assert _speakers(text)[-1] == group


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after the noun: no plain opening subject, "who…" is no group
        "Mary Smith said the bill was vetoed. Doctors who treat patients there were not asked. "
        "Smith said they would be heard.",
        # a plural that is no group of people opening the sentence
        "Mary Smith said the bill was vetoed. Four clinics challenged the law. "
        "Smith said they would be heard.",
    ],
)
def test_no_group_when_the_opening_is_no_plain_group(text: str) -> None:
    assert "Doctors who" not in _speakers(text)
    assert _speakers(text)[-1] == "Mary Smith"
