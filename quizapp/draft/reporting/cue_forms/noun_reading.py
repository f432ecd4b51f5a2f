"""A French word after a determiner and an adjective set before the noun is that noun, not a
reporting verb (precision21): « dans sa dernière note de conjoncture », « chaque nouvelle
annonce est prise d'assaut », « la très forte demande ». The adjectives that go before a noun
are the lexicon's ``prenominal_adjectives`` and ``ordinal_adjectives``; after a definite,
demonstrative or indefinite article an ordinal, « même », « autre » or « seul » may stand
alone as a pronoun (« Cette dernière estime… », « les premiers exigeant… », « l'autre
affirme… »: lexicon ``pronoun_adjectives``), so there only a possessive or « chaque »
(lexicon ``adjective_noun_determiners``), or a degree adverb before the adjective, makes the
next word a noun."""

from __future__ import annotations

from quizapp.draft.words.lexicon import Lexicon


def noun_after_adjective(words: list[str], index: int, lex: Lexicon) -> bool:
    """``words[index]`` follows « chaque », or a determiner, an optional degree adverb (« la
    très forte demande », « la plus forte demande ») and an adjective that goes before its
    noun."""
    if lex.language != "fr" or index < 1:
        return False
    noun_only = lex.word_set("adjective_noun_determiners")  # « chaque », the possessives
    if words[index - 1] in noun_only:
        return True  # « chaque annonce »
    adjective = words[index - 1]
    pronoun_like = adjective in lex.word_sets("ordinal_adjectives", "pronoun_adjectives")
    if not pronoun_like and adjective not in lex.word_set("prenominal_adjectives"):
        return False
    at = index - 2
    degrees = lex.word_sets("adjective_degree_adverbs", "superlative_adverbs")
    degree = at >= 0 and words[at] in degrees
    at -= degree
    if at < 0 or (words[at] not in lex.word_set("determiners") and words[at] not in noun_only):
        return False
    return words[at] in noun_only or degree or not pronoun_like
