"""A verb of speech in the infinitive governed by another verb, then « que » (infinitives35):
« s'accordent à dire que… », « a tenté d'expliquer que… », « s'est efforcé de montrer
que… ». The modal verbs of the lexicon are a closed list; this reads the construction
instead, so that any verb may govern: the governing verb is known as a verb by its place (a
past participle after an auxiliary, a form after a reflexive pronoun), then « à », « de »
or « par », the infinitive of a reporting verb and its « que » clause. The « que » is what
makes the infinitive a saying of the clause; a governing verb of refusal or restraint
(« se refuse à dire que », « s'est gardé de dire que ») says the opposite and reads nothing,
and so does one that stops the saying or puts it still to come (« a cessé de prétendre
que », « s'apprête à annoncer que »): that clause is not said, or not yet (mend35e).
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs, clause_opens_after
from quizapp.draft.words.lexicon import Lexicon, built_once


def governed_infinitive(
    words: list[str], at: int, lex: Lexicon, infinitives: frozenset[str], *, by_place: bool
) -> int | None:
    """The index of the reporting infinitive that the verb at ``at`` governs, when the
    infinitive opens a « que » clause; ``by_place`` says whether the word at ``at`` is a verb
    by its place (after a reflexive pronoun) rather than by its participle ending (after an
    auxiliary)."""
    if lex.language != "fr" or at + 3 >= len(words):
        return None
    governing = words[at]
    if not governing.isalpha() or governing in lex.raw_set("function_words"):
        return None
    if not by_place and not governing.endswith(_participle_endings(lex)):
        return None
    if governing.startswith(_refusing_stems(lex)):
        return None  # « se refuse à dire que », « s'apprête à annoncer que »
    link = after_adverbs(words, at + 1, lex)  # « se plaît ensuite à souligner que »
    if link >= len(words) or words[link] not in lex.word_set("governed_infinitive_links"):
        return None
    verb = after_adverbs(words, link + 1, lex)
    if verb >= len(words) or words[verb] not in infinitives:
        return None
    return verb if clause_opens_after(words, verb + 1, lex) else None


@built_once
def _participle_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("governing_participle_endings"))


@built_once
def _refusing_stems(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("refusing_verb_stems") + lex.words("unsaid_governing_stems"))
