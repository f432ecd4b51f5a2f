"""A negation before a French cue: it says nothing was said (« n'a jamais fait part »), or,
before a verb of refusal, grants the clause after it (« n'a pas exclu que… »), and some verbs
report only when negated so (« ne cache pas que… »). Out of ``verb_forms`` since tidy29, which
reads the other forms a cue takes.
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms


def negated(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "n'a jamais fait part", "ne fait pas état": a negation before the verb (its auxiliary
    and adverbs between) says nothing was said."""
    at = index - 1
    negation = lex.word_set("negation_adverbs")
    while at >= 0 and (words[at] in negation or (words[at],) in lex.adverbs):
        at -= 1
    at -= at >= 0 and words[at] in lex.auxiliaries
    return at >= 0 and words[at] in lex.word_set("negation_particles")


def granted(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "n'a pas exclu que…", "ne nie pas à l'AFP que…": a negated verb of refusal grants the
    clause after it, which stays the subject's (lexicon "negated_affirmations"); only before
    « que », a relay or a time (a few words, no mark) between; or a negated verb of wishing
    right before its clause (``_wish_against``)."""
    if _wish_against(words, index, lex):
        return True
    words_of = lex.word_set("negated_affirmations")
    for at in range(index, min(index + 4, len(words) - 1)):
        if words[at] in words_of:
            return _that_soon(words, at + 1, lex)
    return False


def _wish_against(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "ne veut pas que…", "ne souhaitait plus que…": a negated verb of wishing (lexicon
    "negated_wish_verbs", misses57) with « que » right after the negation is the subject's
    stance, a wish that the clause not happen; not before an infinitive (« ne veut pas
    dévoiler ce qu'elle a pensé »), nor inside a clause another verb reports (« a indiqué
    qu'il ne voulait pas que… »: the keys give the clause to the outer cue alone)."""
    wishes = listed_verb_forms(lex, "negated_wish_verbs")
    at = next((i for i in range(index, min(index + 3, len(words))) if words[i] in wishes), None)
    if at is None or lex.word_set("subordinators").intersection(words[:index]):
        return False
    at += 1
    while at < len(words) and words[at] in lex.word_set("negation_adverbs"):
        at += 1
    return at < len(words) and words[at] in lex.word_set("subordinators")


def _that_soon(words: list[str], at: int, lex: Lexicon) -> bool:
    """« que » within five words of ``at`` (past « pas » / « jamais »), no mark between."""
    at += words[at] in lex.word_set("negation_adverbs")
    for word in words[at : at + 6]:
        if word in lex.word_set("subordinators"):
            return True
        if not word[:1].isalnum():
            return False
    return False


def negated_only(words: list[str], index: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """ "ne cache pas que…", "n'a jamais caché à l'AFP que…": a verb that reports only when
    negated and granting a clause (lexicon "negated_only_cues"); ``index`` is the verb or its
    auxiliary. Anything else (« a caché le dossier ») is left to the other stages."""
    if lex.language != "fr":
        return None
    end = after_adverbs(words, index + 1, lex) if words[index] in lex.auxiliaries else index
    only = lex.word_set("negated_only_cues")
    if end >= len(words) or words[end] not in only or not negated(words, index, lex):
        return None
    return (index, end, "verb") if granted(words, index, lex) else None
