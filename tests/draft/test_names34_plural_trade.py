"""« ils » after a plural trade that opened the sentence before (names34, made-up sentences):
« Les forains, venus de Rodez, ne comprennent pas. « … », soulignent-ils. » The lexicon knew
no « forains » among the plural nouns for people (``vague_heads``), so the plural pronoun
found no group and went to the one person heard last, whom « ils » never stands for."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_TEXT = (
    "Titre\n\n« La fête est annulée », a annoncé Paul Roux. "
    "Les forains, venus de Rodez, ne comprennent pas cette décision. "
    "« Toutes les autres fêtes ont eu lieu », soulignent-ils."
)


def test_they_are_the_fairground_workers() -> None:
    assert speaker_of(_TEXT, "Toutes les autres") == "Les forains"


def test_a_plural_pronoun_never_takes_the_one_person_heard() -> None:
    """Counter-case: with the same plural of a trade the lexicon knew already."""
    text = _TEXT.replace("Les forains", "Les boulangers")
    assert speaker_of(text, "Toutes les autres") == "Les boulangers"
