"""English verbs of saying coordinated after one plural subject (made-up sentences):
"Doctors confirmed an outbreak and believe the virus spread" is two statements of the
doctors, the base form after "and" / "but" sharing the plural subject of the reporting verb
before it; not after a singular subject ("The minister confirmed the plan and believe it or
not, …")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "first", "second", "source"),
    [
        (
            "Doctors confirmed an outbreak at the hospital and believe the virus has spread.",
            "an outbreak at the hospital",
            "the virus has spread",
            "Doctors",
        ),
        (
            "Residents of the town reported a loud bang and fear the bridge is unsafe.",
            "a loud bang",
            "the bridge is unsafe",
            "Residents of the town",
        ),
        (
            "Police confirmed the arrest of a man but believe he acted alone.",
            "the arrest of a man",
            "he acted alone",
            "Police",
        ),
    ],
)
def test_a_second_verb_shares_the_plural_subject(
    sentence: str, first: str, second: str, source: str
) -> None:
    assert said(sentence) == [(first, source), (second, source)]


def test_no_second_verb_after_a_singular_subject() -> None:
    found = said("The minister confirmed the plan and believe it or not, it worked.")
    assert all(content != "it or not, it worked" for content, _source in found)
