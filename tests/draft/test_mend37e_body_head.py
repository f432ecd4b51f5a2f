"""The "it" that takes up a body whose noun comes after lower-case nouns (english37) wants
that noun to end the phrase (made-up sentences, mend37e): in "The former harbour council
leader …" or "The parish council survey …" the body noun only qualifies another noun, and
"It" is no cut phrase of the sentence before."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "The former parish council chairman opened an inquiry. It found the hall was unsafe.",
        "The water board report came out on Friday. It said the pipes were too old.",
    ],
)
def test_a_body_noun_before_another_noun_is_no_speaker(text: str) -> None:
    speakers = [s for s, _ in speaker_label(text, "en")]
    assert not any(s.endswith(("council", "board")) for s in speakers)
