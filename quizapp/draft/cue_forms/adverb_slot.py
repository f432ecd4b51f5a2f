"""The slot between an auxiliary and its participle, read as a grammar rather than a list of
adverbs met in articles.

A journalist may put almost any adverbial between auxiliary and participle: an adverb of the
lexicon or in -ment (« a d'ailleurs affirmé », « a fermement démenti »), a counted adverbial
(« a à plusieurs reprises affirmé », « a une nouvelle fois dénoncé », « avait pour la
troisième fois rappelé », « a deux fois répété »), a preposition with a bare noun (« a sans
détour reconnu », « a en privé confié »), or an aside between commas. What the slot may hold
is open; what ends it is not: the compound tense only counts when a participle of the lexicon
follows (the callers in ``verb_forms`` and ``reporting_verb`` check it), so « a deux projets
annoncés » stays no compound tense. Apart from the verb forms because every compound form
(a modal, a reflexive, a fixed cue, a negation) walks this same slot.
"""

from __future__ import annotations

import re

from quizapp.draft.cue_forms.phrases import match_phrase
from quizapp.draft.lexicon import Lexicon

_NUMBER = re.compile(r"\d+(?:e|er|re|ème|eme)?")  # « 3 fois », « pour la 3e fois »


def after_adverbs(words: list[str], index: int, lex: Lexicon) -> int:
    """Past the adverbials between an auxiliary and its participle ("a, par ailleurs,
    ajouté", « a à plusieurs reprises affirmé »): where the participle would start."""
    for _ in range(4):
        if index < len(words) and words[index] == ",":
            index += 1
            continue
        if words[index : index + 1] in (["«"], ["“"], ["»"], ["”"]):
            index += 1  # "a « salué » la décision", "a « catégoriquement » démenti"
            continue
        length = match_phrase(words, index, lex.adverbs) or counted(words, index, lex)
        length = length or bare_prepositional(words, index, lex)
        if not length and index < len(words) and words[index].endswith("ment"):
            length = 1
        if not length:
            break
        index += length
    return index


def counted(words: list[str], index: int, lex: Lexicon) -> int:
    """The length of a counted adverbial at ``index`` (« à plusieurs reprises », « une
    nouvelle fois », « une fois de plus », « pour la première fois », « 3 fois »), or 0:
    a preposition and a determiner, both optional, counting words, a counted noun of the
    lexicon (``adverbial_counted_nouns``), then an optional tail (« de plus », « encore »)."""
    at = index + (words[index : index + 1] == ["à"] or words[index : index + 1] == ["pour"])
    determiner = at < len(words) and words[at] in lex.word_set("adverbial_count_determiners")
    at += determiner
    counts = 0
    while at < len(words) and counts < 2 and _counting(words[at], lex):
        at, counts = at + 1, counts + 1
    if not (counts or determiner) or at >= len(words):
        return 0
    if words[at] not in lex.word_set("adverbial_counted_nouns"):
        return 0
    at += 1
    return at - index + match_phrase(words, at, lex.phrases("adverbial_count_tails"))


def _counting(word: str, lex: Lexicon) -> bool:
    return word in lex.word_set("adverbial_count_words") or bool(_NUMBER.fullmatch(word))


def bare_prepositional(words: list[str], index: int, lex: Lexicon) -> int:
    """« sans détour », « en privé », « sans ambages »: a preposition of the lexicon
    (``adverbial_bare_prepositions``) and one bare word, no determiner, no verb form; 2 or 0.
    The caller still needs a participle after it, so « a en charge le dossier » stays apart."""
    if index + 1 >= len(words) or words[index] not in lex.word_set("adverbial_bare_prepositions"):
        return 0
    word = words[index + 1]
    if not word.replace("-", "").isalpha() or word.endswith("'"):
        return 0  # « à l'… », « en 2020 »
    verb = word in lex.participles or word in lex.finite or word in lex.auxiliaries
    if verb or word in lex.word_set("adverbial_count_determiners"):
        return 0
    return 2
