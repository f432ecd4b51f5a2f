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

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import Lexicon, built_once

_NUMBER = re.compile(r"\d+(?:e|er|re|ème|eme)?")  # « 3 fois », « pour la 3e fois »


def after_adverbs(words: list[str], index: int, lex: Lexicon) -> int:
    """Past the adverbials between an auxiliary and its participle ("a, par ailleurs,
    ajouté", « a à plusieurs reprises affirmé »): where the participle would start."""
    return slot_stops(words, index, lex)[-1]


def clause_opens_after(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether a « que » clause (lexicon ``object_clause_openers``) opens at ``index``, past
    the adverbials there (« veut d'ailleurs que », « s'accordent à dire ensuite que »): the
    object a verb of wishing or a governed infinitive needs to report anything."""
    after = after_adverbs(words, index, lex)
    return after < len(words) and words[after] in lex.word_set("object_clause_openers")


def slot_stops(words: list[str], index: int, lex: Lexicon) -> tuple[int, ...]:
    """Where each adverbial of the slot ends, from ``index`` (no adverbial) to past the last:
    a phrase whose own words could read as one (« met en avant », « en » and a bare word)
    is looked for at each stop, not only past the longest slot. Kept for the sentence being
    read: the auxiliary, the modal, the negation and the set phrases each walk the same slot
    of the same words (speed45: 8,526 walks of 4,000 slots on a fifth of the French corpus)."""
    kept = _kept_slots(words, lex)
    stops = kept.get(index)
    if stops is None:
        stops = kept[index] = tuple(_slot_stops(words, index, lex))
    return stops


def _kept_slots(words: list[str], lex: Lexicon) -> dict[int, tuple[int, ...]]:
    """The slots read so far in ``words``, the list last asked about (the caller's own list:
    held here, so no other list takes its place while it is kept); a new list, or the same
    grown, starts a new table."""
    last = lex.cache.get("slot_stops")
    if last is None or last[0] is not words or last[1] != len(words):
        last = lex.cache["slot_stops"] = (words, len(words), {})
    return last[2]


def _slot_stops(words: list[str], index: int, lex: Lexicon) -> list[int]:
    stops = [index]
    for _ in range(4):
        at = stops[-1]
        if at < len(words) and words[at] == ",":
            stops[-1] += 1
            continue
        if words[at : at + 1] in (["«"], ["“"], ["»"], ["”"]):
            stops[-1] += 1  # "a « salué » la décision", "a « catégoriquement » démenti"
            continue
        length = match_phrase(words, at, lex.adverbs) or counted(words, at, lex)
        length = length or bare_prepositional(words, at, lex)
        if not length and at < len(words) and ment_adverb(words[at]):
            length = 1
        if not length:
            break
        stops.append(at + length)
    return stops


def fixed_in_simple_tense(words: list[str], index: int, lex: Lexicon) -> int | None:
    """« met quant à elle en avant », « fait aussi valoir »: a fixed cue of the lexicon in a
    simple tense, with adverbials after its finite verb, where French puts them, as it puts
    them after an auxiliary (``verb_forms.fixed_after_adverbs``); the index of its last word.
    None when negated (« ne fait pas non plus état »)."""
    word = words[index]
    negated = index > 0 and words[index - 1] in lex.word_set("negation_particles")
    if word not in _simple_fixed_openers(lex) or negated:
        return None
    for stop in slot_stops(words, index + 1, lex)[1:]:
        end = fixed_cue_end(word, words, stop, lex)
        if end is not None:
            return end
    return None


def fixed_cue_end(head: str, words: list[str], rest: int, lex: Lexicon) -> int | None:
    """The index of the last word of a fixed cue of the lexicon opened by ``head`` (its verb or
    auxiliary) and going on at ``rest``, past the adverbials set between them (« met … en
    avant », « a … fait valoir »); None when no fixed cue goes on there."""
    length = match_phrase([head, *words[rest : rest + 6]], 0, lex.fixed_cues)
    return rest + length - 2 if length > 1 else None


@built_once
def _simple_fixed_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's fixed cues that are no auxiliary (« met », « fait »)."""
    return frozenset(p[0] for p in lex.fixed_cues if len(p) > 1 and p[0] not in lex.auxiliaries)


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
