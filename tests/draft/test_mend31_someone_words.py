"""The person opening a sentence before an « il » / « elle » nothing else takes up is read
with naming/gender.someone_words, the one set of nouns for a person (review of speakers31,
made-up sentences): a party's family word names someone as a trade does (« Un écologiste
attend le bus. « … », soupire-t-il. »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Un écologiste attend le bus depuis une heure. « Il ne passe jamais », "
         "soupire-t-il.", "Il ne passe jamais", "Un écologiste"),
        ("Un insoumis quitte la salle du conseil. « Tout est joué », lance-t-il.",
         "Tout est joué", "Un insoumis"),
    ],
)  # fmt: skip
def test_a_party_family_word_opens_a_person(text: str, content: str, speaker: str) -> None:
    assert speaker_of(f"Titre\n\n{text}", content) == speaker
