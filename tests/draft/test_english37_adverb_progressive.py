"""english37: an adverb between "be" and the -ing form of a verb of asking leaves it a
progressive ("is now urging", "are still calling on"): the cue starts at "be" and its subject
is before it, as for "is urging". Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The choir is now urging members to sing at the fair.",
            "members to sing at the fair",
            ("The choir", "named"),
        ),
        (
            "Parents are still calling on the school to reopen the side gate.",
            "the school to reopen the side gate",
            ("Parents", "vague"),
        ),
        (
            "Shopkeepers are now calling for stiles to be put back on the path.",
            "stiles to be put back on the path",
            ("Shopkeepers", "vague"),
        ),
    ],
)
def test_progressive_with_adverb(text: str, content: str, speaker: tuple) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
    assert speaker_label(text, "en") == [speaker]


def test_letter_urging_is_still_no_request() -> None:
    assert content_cue_label("A letter now urging the board to act was sent round.") == []
