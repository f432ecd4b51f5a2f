"""Whether a word starts a reporting verb, in all its forms: set phrases ("fait savoir",
"it is understood", read in ``set_phrases``), compound forms (auxiliary, adverbs,
participle; modal; reflexive) and finite verbs, with the shapes that only look like a verb
(a name, a noun after a determiner, an English base form with no plural subject) turned
away.

Moved out of cues.py, which finds the cues of a sentence and calls ``reporting_verb`` on
each word outside a quotation.
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import after_adverbs
from quizapp.draft.reporting.cue_forms.learning import learnt_only
from quizapp.draft.reporting.cue_forms.negation import granted, negated, negated_only
from quizapp.draft.reporting.cue_forms.noun_reading import noun_after_adjective
from quizapp.draft.reporting.cue_forms.set_phrases import set_phrase_cue
from quizapp.draft.reporting.cue_forms.verb_forms import (
    alias,
    clitic,
    coordinated_participle,
    cue_determiners,
    modal,
    reflexive,
)
from quizapp.draft.reporting.english_cue_forms.english_cues import (
    NOT_A_CUE,
    Match,
    english_form_cue,
    english_rejected,
)
from quizapp.draft.reporting.english_cue_forms.english_subjects import (
    stranded_to,
    tokens_capitalised,
)
from quizapp.draft.reporting.english_cue_forms.purpose import purpose_infinitive
from quizapp.draft.text.segment import CLAUSE_BREAK_TOKENS, CLOSING_MARK_TOKENS
from quizapp.draft.words.lexicon import Lexicon


def reporting_verb(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """The reporting verb starting at ``index``, if any. Each stage either decides (a cue,
    or ``NOT_A_CUE``) or leaves the word to the next one; their order is the rules' priority.
    The word-before check (a name, a negation, an object relative), second in that order, can
    only turn a word away; being the costliest on the many words no stage takes, it runs
    only once a later stage has found a cue, which gives the same verdict for every word."""
    if learnt_only(words, index, lex):
        return None  # « a appris vendredi que… »: learnt, even as the set phrase « a appris »
    found = set_phrase_cue(words, index, lex)
    purpose = purpose_infinitive(words, index, lex) if found in (None, NOT_A_CUE) else 0
    if purpose:
        return index, index + purpose - 1, "verb"  # "took to Facebook to vent…" (english55)
    if found is not None:
        return None if found is NOT_A_CUE else found
    found = negated_only(words, index, lex) or _compound_cue(words, index, lex)
    found = found or _unless_rejected(words, index, lex)
    if found is None or found is NOT_A_CUE or _blocked_by_word_before(words, index, lex):
        return None
    return found


def _unless_rejected(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """The verdict of ``english_rejected``, then of the English forms and the finite verb,
    the first that decides. The English check reads many words around, and besides a cue
    after a causative ("led the authors to suspect") it only turns a word away: it runs
    once a later stage found a cue, or after a word that may bring that causative; every
    word gets the verdict it had when it ran first (speed18)."""
    later = english_form_cue(words, index, lex) or _finite_cue(words, index, lex)
    found = later is not None and later is not NOT_A_CUE
    if found or _after_not_finite_lead(words, index, lex):
        return english_rejected(words, index, lex) or later
    return later


def _after_not_finite_lead(words: list[str], index: int, lex: Lexicon) -> bool:
    """The word before is one after which ``english_rejected`` may find a causative cue."""
    before = words[index - 1] if index > 0 else ""
    return before in lex.word_set("not_finite_leads") or before in {"when", "if"}


def _past_infinitive(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "après avoir dénoncé…": a past infinitive after « après » reports what the subject
    of the sentence said before the main verb (the cue shares that subject, see cues.py)."""
    after_apres = words[index - 1 : index] == ["après"]
    return lex.language == "fr" and words[index] == "avoir" and after_apres


def _blocked_by_word_before(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A capitalised word inside the sentence is a name; after "ne" the verb is negated
    ("n'a précisé ni…", "ne dit pas"): nothing is attributed."""
    if (
        index > 0
        and tokens_capitalised(words, index, lex)
        and not _after_quoted_sentence(words, index, lex)
    ):
        return NOT_A_CUE
    if _in_object_relative(words, index, lex) or _addressed_phrase(words, index, lex):
        return NOT_A_CUE  # "celle que tout le monde appelle la patronne": no one speaks
    before_negation = index > 0 and words[index - 1] in lex.word_set("negation_particles")
    negative = before_negation or (lex.language == "fr" and negated(words, index, lex))
    if negative and not _litotes(words, index, lex) and not granted(words, index, lex):
        return NOT_A_CUE  # "n'a pas dit que", "n'a pas voulu rappeler"
    return None


def _addressed_phrase(words: list[str], index: int, lex: Lexicon) -> bool:
    """The verb closes, with the word before it, a phrase by which a writer or a speaker
    tells the reader something (lexicon ``addressed_phrases``: "Rest assured that…", "you
    can rest assured"): 'Rest' is no subject and nobody is reported as saying anything
    (english59); not after a determiner, "The rest assured police that…" (mend59e)."""
    if index < 1 or f"{words[index - 1]} {words[index]}" not in lex.word_set("addressed_phrases"):
        return False
    return index < 2 or words[index - 2] not in lex.word_set("determiners")


def _after_quoted_sentence(words: list[str], index: int, lex: Lexicon) -> bool:
    """A capital right after a quotation that ends on its own full stop (« « … » Ironise un
    salarié. »): the sentence reader kept the verb with the quotation only because its
    inverted subject follows (text/segment ``_cue_follows``, quotes47), so it is no name."""
    closed = index > 1 and words[index - 1] in CLOSING_MARK_TOKENS
    return closed and words[index - 2] in _FINALS and lex.language == "fr"


_FINALS = frozenset({".", "!", "?", "…"})


def _in_object_relative(words: list[str], index: int, lex: Lexicon) -> bool:
    """The first verb of a relative after « celui que », « celle que » (lexicon
    relative_heads), a few words on and no mark between: it names the subject, it reports
    nothing; a verb after it (« Ceux que la presse appelle X ont affirmé ») is the main one."""
    heads, relatives = lex.word_set("relative_heads"), lex.word_set("object_relative_pronouns")
    for at in range(index - 1, max(0, index - 8), -1):
        if not words[at][:1].isalpha() or words[at] in lex.finite or words[at] in lex.auxiliaries:
            return False  # a verb between: this one is the main clause's
        if words[at] in relatives and words[at - 1] in heads:
            return True
    return False


def _litotes(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "n'a pas manqué de rappeler", "n'hésite pas à dénoncer": a negated verb of omission
    before the infinitive of a reporting verb says that it was said (lexicon "litotes")."""
    if modal(words, index, lex) is None:
        return False
    litotes = lex.word_set("litotes")
    return any(w in litotes for w in words[index : index + 4])


def _compound_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A verb of several words: modal + infinitive, auxiliary (+ adverbs) + participle,
    French reflexive, or a participle coordinated with an earlier one."""
    word = words[index]
    infinitive = modal(words, index, lex)
    if infinitive is not None:
        return index, infinitive, "verb"
    if word in lex.auxiliaries or _past_infinitive(words, index, lex):
        end = after_adverbs(words, _past_aside(words, index + 1, lex), lex)
        if end < len(words) and words[end] in lex.participles:
            return index, end, "verb"
        english_perfect = lex.language == "en" and word in {"has", "have", "had"}
        if english_perfect and end < len(words) and words[end] in lex.finite:
            return index, end, "verb"
    if lex.language == "fr" and word in {"se", "s'"}:
        return reflexive(words, index, lex) or NOT_A_CUE
    if lex.language == "fr" and coordinated_participle(words, index, lex):
        return index, index, "verb"  # "a invalidé les bulletins et proclamé la victoire"
    return None


_ASIDE_STOPS = CLAUSE_BREAK_TOKENS | {"?", "!"}


def _past_aside(words: list[str], index: int, lex: Lexicon) -> int:
    """Past an aside set off by commas between a French auxiliary and its participle (« a,
    dans un communiqué diffusé mardi soir, estimé que »): where the participle then starts;
    ``index`` itself when there is no such aside."""
    if lex.language != "fr" or words[index : index + 1] != [","]:
        return index
    for at in range(index + 2, min(len(words) - 1, index + 14)):
        if words[at] in _ASIDE_STOPS:
            return index
        if words[at] == ",":
            return at + 1 if words[at + 1] in lex.participles else index
    return index


def _finite_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """A finite reporting verb on its own, unless a determiner makes it a noun."""
    if words[index] not in lex.finite:
        return None
    noun = _after_determiner(words, index, lex) or noun_after_adjective(words, index, lex)
    if noun and not stranded_to(words, index, lex) and not clitic(words, index, lex):
        return None  # "the report", « sa dernière note »; not "the one we spoke to said"
    french = lex.language == "fr" and index > 0
    if french and (
        words[index - 1] in lex.word_set("not_subject_words") or alias(words, index, lex)
    ):
        return None  # "sans doute", "à dire"; a nickname: « Ali, dit « Sofiane » »
    return index, index, "verb"


def _after_determiner(words: list[str], index: int, lex: Lexicon) -> bool:
    """A noun, not a verb: "the report", "for published reports" (an -ed adjective between);
    "L'une parle…" is a pronoun subject, not an article."""
    if index > 1 and words[index - 2] == "l'" and words[index - 1] in {"un", "une"}:
        return False
    if index > 0 and words[index - 1] == "en" and words[index].endswith("ant"):
        return False  # "en demandant la démission": a gerund, not "en" + noun
    prepositions = lex.word_set("prepositions_before_noun")  # English only: not « on dit »
    determiners = cue_determiners(lex)
    if index > 0 and (words[index - 1] in determiners or words[index - 1] in prepositions):
        return True
    if index < 2 or (words[index - 2] not in determiners and words[index - 2] not in prepositions):
        return False
    following = words[index + 1] if index + 1 < len(words) else "."
    adverb = words[index - 1].endswith("ly") and following.isalpha()  # "the widely expected cut"
    adverb = adverb and following not in determiners | {"that", "he", "she", "it", "they"}
    return words[index - 1].endswith("ed") or adverb  # not "the family said that…"
