"""The person opening a sentence before an « il » / « elle » nothing else takes up keeps the
name written right after its noun (review of speakers31, made-up sentences): « Le
directeur Marchand est rassuré…, mais il constate que… » is Marchand, not « Le directeur »."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Le directeur Marchand est rassuré par les chiffres, mais il constate que le "
         "chantier prend du retard.", "le chantier prend du retard", "Marchand"),
        ("L'adjointe Sophie Martin a quitté la réunion, mais elle affirme que le budget "
         "tient.", "le budget tient", "Sophie Martin"),
    ],
)  # fmt: skip
def test_the_name_after_the_noun_is_kept(text: str, content: str, speaker: str) -> None:
    assert speaker_of(f"Titre\n\n{text}", content) == speaker
