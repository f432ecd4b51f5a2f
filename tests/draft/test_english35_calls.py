"""english35: calls made, or complaints there were, with nobody named who made them ("Calls
have been made for…", "there were calls for…", "There were complaints that…") are an
impersonal voice, never a date or the object before them. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Calls have been made for a second bridge over the canal.",
            "a second bridge over the canal",
        ),
        (
            "Last winter, there were calls for the trust to reopen the ward.",
            "the trust to reopen the ward",
        ),
        (
            "There were complaints that the lifts were broken for weeks.",
            "the lifts were broken for weeks",
        ),
    ],
)
def test_calls_with_nobody_named_are_impersonal(text: str, content: str) -> None:
    assert [(c, label) for c, _, label in content_cue_label(text)] == [(content, "vague")]
    assert speaker_label(text, "en") == [("", "vague")]
