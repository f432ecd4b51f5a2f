"""Labels of descriptions that a definite article or a name in a complement can mislead.

"Le jeune brigadier", "l'homme en garde à vue", "the suspect": the article makes the phrase
definite, not the person named; such a person, whom the article describes without naming, is
an anonymous source (DESIGN.md). Offices that only one person holds ("le procureur de la
République", "son directeur général") stay named. "Le conseiller d'Emmanuel Macron" or "the
wife of John Smith": the name belongs to the complement, and the speaker is the described
person, not the one named.
"""

from __future__ import annotations

from quizapp.draft.lexicon import Lexicon

_COMPLEMENT = {"de", "du", "des", "d'", "of", "à", "au", "aux", "en", "in", "at", "for", "qui",
               "who", "que", "that", "from", "with", "sur", "dans", "avec", ","}  # fmt: skip
_DEFINITE = {"le", "la", "l'", "the"}
_SPOKESPEOPLE = {"porte-parole", "spokesperson", "spokesman", "spokeswoman"}


def described_person(words: list[str], lex: Lexicon) -> str | None:
    """The person noun heading a definite singular description ("le jeune brigadier" ->
    "brigadier"), else None. ``words``: the folded words, elided articles apart."""
    if not words or words[0] not in _DEFINITE:
        return None
    nouns = lex.word_set("unnamed_person_nouns")
    for word in words[1:]:
        if word in _COMPLEMENT:
            return None
        if word in nouns:
            return word
    return None


def name_in_complement(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A described person followed by a complement holding a name ("le conseiller
    d'Emmanuel Macron", "un proche de Jean Dupont", "the wife of John Smith"): the name is
    not the speaker's. Spokespeople speak for the organisation they are of, and keep it."""
    nouns = lex.word_set("unnamed_person_nouns") | lex.word_set("anonymous_heads")
    for index, word in enumerate(words[:-1]):
        if word in _SPOKESPEOPLE:
            return False
        if word in nouns:
            return words[index + 1] in {"de", "du", "des", "d'", "of"} and "," not in phrase
    return False
