"""A verb of learning (« apprendre »), whose subject learns what follows « que » rather than
says it: « L'association a appris vendredi que la Région se désengageait », « Nous avons
fini par apprendre que… ». It tells only with whom it told, a dative clitic before it (« lui
a appris que ») or « à » after it; its inverted forms (« a-t-on appris de sources
concordantes », « a appris l'AFP ») reach no « que » and are left to the other stages.
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs
from quizapp.draft.reporting.cue_forms.verb_forms import modal
from quizapp.draft.words.lexicon import Lexicon, built_once, verb_forms


def learnt_only(words: list[str], index: int, lex: Lexicon) -> bool:
    """A verb of the lexicon's learning_verbs at ``index`` (or after its auxiliary, or a
    modal: « a fini par apprendre ») that learns the clause after « que »: no cue there."""
    forms = _learning_forms(lex)
    if lex.language != "fr" or forms.isdisjoint(words[index : index + 5]):
        return False
    at = modal(words, index, lex)
    if at is None:
        at = after_adverbs(words, index + 1, lex) if words[index] in lex.auxiliaries else index
    if at >= len(words) or words[at] not in forms:
        return False
    before = words[index - 1] if index else ""
    if _told(before, words[index], lex):
        return False
    source_words = lex.word_set("learning_source_prepositions")  # told, or learnt from
    for word in words[at + 1 : at + 10]:
        if word in lex.word_set("subordinators"):
            return True
        if word in source_words:
            return False
    return False


def _told(before: str, verb: str, lex: Lexicon) -> bool:
    """A dative clitic before the verb (lexicon learning_told_clitics: « lui a appris que »):
    someone was told; not « nous » or « vous » as the subject of an auxiliary of their person
    (« nous avons appris que », lexicon learning_own_subject_auxiliaries)."""
    if before not in lex.word_set("learning_told_clitics"):
        return False
    subject = before in lex.word_set("subject_pronouns")  # « nous », « vous »
    return not (subject and verb in lex.word_set("learning_own_subject_auxiliaries"))


@built_once
def _learning_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the learning verbs, the infinitive too."""
    lemmas = lex.words("learning_verbs")
    return frozenset(lemmas) | {form for lemma in lemmas for form in verb_forms(lex, lemma)}
