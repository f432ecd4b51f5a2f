"""A participle after the object of a verb of showing or perceiving (made-up sentences): in
"the clip shows residents saying…" the residents speak, not the clip; a participle set off by
a comma still shares the main subject."""

from __future__ import annotations

import pytest

from tests.draft.readings import sources


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The clip shows residents saying they were never consulted.", "residents"),
        ("The film features the mayor saying she was delighted with the vote.", "the mayor"),
        ("Neighbours heard two officers warning that the bridge was unsafe.", "two officers"),
    ],
)
def test_the_object_before_the_participle_speaks(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


def test_a_participle_after_a_comma_shares_the_main_subject() -> None:
    """Counter-case: no verb of showing; the comma sends the participle to the subject."""
    assert _sources("The board met on Monday, saying it would close the plant.") == ["The board"]
