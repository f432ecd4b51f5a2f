"""An outlet's name the lexicon does not know, before the speaker's own name (subjects32's
relay rule, mended by mend32b, made-up sentences): the outlet ends before the last first
name that a surname follows, so a first name inside the outlet's name (« Radio Saint
Louis ») is not taken into the speaker."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("relay", "speaker"),
    [
        ("sur Radio Saint Louis Marie Durand", "Marie Durand"),
        ("au micro de Radio Sud Paul Martin", "Paul Martin"),
    ],
)
def test_the_speaker_is_the_last_first_name_and_surname(relay: str, speaker: str) -> None:
    text = f"Titre\n\n« Tout va bien », a confié {relay}."
    assert speaker_of(text, "Tout va bien") == speaker
