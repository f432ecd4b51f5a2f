"""« il » / « elle » that nothing else takes up, when a plural spoke last (anaphora32, made-up
sentences): a singular pronoun never stands for « des sources policières »; the singular noun
phrase opening its sentence or the one before does, whatever its noun (« Le propriétaire »,
« La locataire »). Over the corpus the last speaker was wrong ten times in eleven when it
disagreed with the pronoun in gender or number."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_PLURAL = "Titre\n\nLe suspect est connu de la justice, selon des sources policières. "


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Le propriétaire du garage a été entendu mardi. Il affirme que la voiture a été volée.",
         "la voiture a été volée", "Le propriétaire"),
        ("La locataire du studio a été entendue mardi. Elle affirme que la porte était ouverte.",
         "la porte était ouverte", "La locataire"),
    ],
)  # fmt: skip
def test_the_singular_opening_the_sentence_speaks(
    sentence: str, content: str, speaker: str
) -> None:
    assert speaker_of(_PLURAL + sentence, content) == speaker


def test_a_singular_heard_last_is_kept() -> None:
    """Counter-case, the same on both codes: one source spoke last, « il » may be it."""
    text = (
        "Titre\n\nLe suspect est connu de la justice, selon une source policière. Le "
        "propriétaire du garage a été entendu mardi. Il affirme que la voiture a été volée."
    )
    assert speaker_of(text, "la voiture a été volée") == "une source policière"
