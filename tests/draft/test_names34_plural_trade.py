"""« ils » after a plural trade that opened the sentence before (names34, made-up sentences):
« Les forains, venus de Rodez, ne comprennent pas. « … », soulignent-ils. » The lexicon knew
no « forains » among the plural nouns for people (``vague_heads``), so the plural pronoun
found no group and went to the one person heard last, whom « ils » never stands for. Since
mend34c the cause is mended, not the word: a plural noun phrase opening the sentence before
(« Les dockers », « Ces camelots ») is what « ils » takes up rather than one person, whatever
noun the lexicon lists (``anaphora/plural_people.opening_plural``); « forains » left the
lexicon."""

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
    """Trades the lexicon does not list (mend34c): « ils » is still the plural subject."""
    for trade in ("Les dockers", "Ces camelots"):
        text = _TEXT.replace("Les forains", trade)
        assert speaker_of(text, "Toutes les autres") == trade


def test_an_object_pronoun_opening_is_no_plural_subject() -> None:
    """Counter-case: « Les » as an object pronoun before a verb (« Les revoir un jour… ») opens
    no plural noun phrase, so « ils » does not take it."""
    text = _TEXT.replace(
        "Les forains, venus de Rodez, ne comprennent pas cette décision.",
        "Les revoir un jour reste possible.",
    )
    assert speaker_of(text, "Toutes les autres") != "Les revoir"
