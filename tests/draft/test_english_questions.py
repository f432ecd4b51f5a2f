"""Indirect questions in English news (made-up sentences): a verb of asking reports the
question it opens with whether, if, why or how ("Smith questioned whether…", "asked the
minister why…"); a request with "to" is no question ("asked residents to stay … if…")."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "Smith questioned whether the reaction was necessary at all.",
            "the reaction was necessary at all",
            "questioned",
        ),
        (
            "Residents wondered if the road would ever reopen.",
            "the road would ever reopen",
            "wondered",
        ),
        (
            "The mayor asked the minister why the road was closed.",
            "the road was closed",
            "asked",
        ),
    ],
)
def test_a_verb_of_asking_reports_its_question(sentence: str, content: str, cue: str) -> None:
    [(said, found_cue, _label)] = content_cue_label(sentence)
    assert (said, found_cue) == (content, cue)


def test_a_request_is_no_question() -> None:
    """Counter-case: "if" after a request with "to" opens a condition, not a question; the
    request itself is reported whole (tests/draft/test_english_requests.py)."""
    found = content_cue_label("The mayor asked residents to stay at home if the storm hits.")
    assert found == [("residents to stay at home if the storm hits", "asked", "named")]


def test_if_after_a_verb_of_saying_stays_in_the_statement() -> None:
    """Counter-case: only verbs of asking open a question; "said if…" reports a condition."""
    [(said, cue, _label)] = content_cue_label("The mayor said if the plan fails, taxes will rise.")
    assert (said, cue) == ("if the plan fails, taxes will rise", "said")
