"""English plural descriptions that take up two named people or bodies (made-up sentences):
"Both men said…" after two people named in the sentences before, "The two companies said…"
and "The groups said…" after two bodies joined by "and", as one named group under both their
names, also further on; not a plural description with no pair before it, nor one of people
after two bodies (lexicon pair_openers, pair_people_heads, pair_body_heads)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _speaker_and_label(text: str) -> tuple[str, str]:
    *_, (_content, speaker, label) = content_speaker_label(text, "en")
    return speaker, label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jim Ford lives on the lane. Chris Vale, a neighbour, agreed with him. "
            "Both men said trucks dumped debris on the land.",
            "Jim Ford and Chris Vale",
        ),
        (
            "Ada Brennan and Tom Keller found the fossil in 2019. "
            "The two researchers believe the animal lived in a shallow sea.",
            "Ada Brennan and Tom Keller",
        ),
        (
            "Acme Corp and Bolt Industries filed the lawsuit on Monday. "
            "The two companies said the permit had lapsed years ago.",
            "Acme Corp and Bolt Industries",
        ),
        (
            "Cottonwood Law Center and River Action filed the lawsuit. "
            "The environmental groups argue that the permits had lapsed for a year.",
            "Cottonwood Law Center and River Action",
        ),
    ],
)
def test_a_plural_description_takes_up_the_pair_named_before(text: str, speaker: str) -> None:
    assert _speaker_and_label(text) == (speaker, "named")


def test_the_pair_is_taken_up_again_further_on() -> None:
    text = (
        "Cottonwood Law Center and River Action filed the lawsuit. The groups said the "
        "permits had lapsed. The state has not answered. Its lawyers are away. The hearing "
        "is in May. The groups said the refinery had no valid permit since 2004."
    )
    speakers = [speaker for _c, speaker, _l in content_speaker_label(text, "en")]
    assert speakers[-1] == "Cottonwood Law Center and River Action"


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the plan were angry. The groups said the permits had lapsed for a year.",
        "Acme Corp and Bolt Industries filed the lawsuit. Both men said the permit had lapsed.",
    ],
)
def test_no_pair_before_leaves_the_description(text: str) -> None:
    speaker, _label = _speaker_and_label(text)
    assert " and " not in speaker
