"""An indefinite article, a mood, then a written title and a name ("A furious Cllr Jane Doe
declared") is a named person, not one described individual (labels34, made-up sentences).
A mood with no name after it ("A furious resident") stays anonymous."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A FURIOUS Cllr Megan Alder declared the bins had not been emptied.", "Megan Alder"),
        ("An angry Councillor Tom Pryce said the bus lane was a disgrace.", "Tom Pryce"),
        ("An emotional Mayor Ruth Okafor said the town would rebuild the pier.", "Ruth Okafor"),
    ],
)
def test_a_mood_before_a_title_and_a_name_is_named(text: str, speaker: str) -> None:
    ((found, label),) = speaker_label(text, "en")
    assert speaker in found
    assert label == "named"


def test_a_mood_before_a_description_stays_anonymous() -> None:
    text = "A furious resident said the bus lane was a disgrace."
    assert speaker_label(text, "en") == [("A furious resident", "anonymous")]
