"""English forms that only look like a reporting cue ("never said", a noun before its verb,
passives) and those that are one ("are warning"): two stages of cue_forms/reporting_verb."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.verb_forms import cue_determiners
from quizapp.draft.reporting.english_cue_forms.english_forms import (
    noun_before_verb,
    opening_participle,
    passive_before,
    progressive,
    progressive_start,
    quote_after_object,
)
from quizapp.draft.reporting.english_cue_forms.english_subjects import (
    plural_noun_subject,
    plural_subject,
    source_then_that,
    stranded_to,
    tokens_capitalised,
    unbound_base_form,
)
from quizapp.draft.reporting.english_cue_forms.object_speakers import caused_saying
from quizapp.draft.reporting.english_cue_forms.unstated import english_negation
from quizapp.draft.words.lexicon import Lexicon, built_once, clause_subjects, english_verb_words

Match = tuple[int, int, str]  # first and last token of the cue, and its kind
NOT_A_CUE: Match = (-1, -1, "")  # a stage's verdict that the word is certainly no cue


@built_once
def english_openers(lex: Lexicon) -> frozenset[str]:
    """Every word an English cue can start on, so that the cue finder passes over the
    others (most words) without running each stage on them, as ``french_openers`` does for
    French (speed18): the first words of the lexicon's phrases (fixed cues, stances,
    requests, phrases with a preposition, "according to", "in her view"), "it" of an
    impersonal voice, "per", the verbs of judging and of quoted objects, every verb form,
    auxiliary and modal. A stage that starts a cue on a word of another kind must add that
    word here."""
    phrases = [lex.fixed_cues, *(lex.phrases(key) for key in _ENGLISH_OPENING_PHRASES)]
    firsts = {phrase[0] for listed in phrases for phrase in listed}
    firsts |= {"a"} if "à" in firsts else set()  # « A l'en croire » read as « à »
    verbs = lex.finite | lex.base_forms | lex.auxiliaries
    listed = lex.word_sets(
        "judging_as_verbs", "quote_object_verbs", "modal_verbs", "being_auxiliaries"
    )
    return frozenset(firsts | verbs | listed | {"it", "it's", "per"})


_ENGLISH_OPENING_PHRASES = (
    "narrative_infinitive",
    "that_cues",
    "possessive_according",
    "according_to_strong",
    "request_cues",
    "object_phrase_cues",
    "purpose_infinitives",
)


def english_rejected(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """English words shaped like a verb that report nothing: after a modal or "when", a noun
    before the real verb, a base form with no plural subject, "agreed to" (an act)."""
    if lex.language != "en":
        return None  # a purpose ("took to Facebook to vent…") never reaches here: english55
    if index > 0 and english_negation(words[index - 1], lex):
        return NOT_A_CUE  # "never said that", "has never claimed"
    led = _after_not_finite(words, index, lex)
    if led is not None:
        return led
    return NOT_A_CUE if _no_verb_here(words, index, lex) else None


def _after_not_finite(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """After a modal, "to", a form of "do" (lexicon ``not_finite_leads``), "when" or "if" a
    word is no finite verb of its own: it reports only as the object of a causative ("led
    the authors to suspect that"). A lead that is part of a name ("Ms May") or a stranded
    "to" leads nothing (None: the other tests decide)."""
    before = words[index - 1] if index > 0 else ""
    lead = before in lex.word_set("not_finite_leads") or before in {"when", "if"}
    lead = lead and not (index > 1 and tokens_capitalised(words, index - 1, lex))  # "Ms May"
    if index > 0 and lead and not stranded_to(words, index, lex):
        caused = caused_saying(words, index, lex)  # "led the authors to suspect that"
        return (index, index, "verb") if caused else NOT_A_CUE
    return None


def _no_verb_here(words: list[str], index: int, lex: Lexicon) -> bool:
    """The word is a noun or an act, not a verb of saying: a noun before the real verb or
    after "there are", a base form with no plural subject, the verb of a compound noun,
    "agreed to", an -ing noun."""
    word = words[index]
    noun = word not in lex.word_set("verb_only_s_forms") and noun_before_verb(words, index, lex)
    if noun or _after_existential(words, index, lex):
        return True  # "casualty estimates appeared…": the subject of the next verb
    if unbound_base_form(words, index, lex):
        return True  # "Parents who urge the council to…" (mend36b)
    if word in lex.base_forms and not (
        plural_subject(words, index, lex)
        or source_then_that(words, index, lex)
        or _coordinated_plural(words, index, lex)
    ):
        return True
    if word in _compound_openers(lex) and lex.is_phrase(
        "verb_noun_compounds", " ".join(words[index : index + 2])
    ):
        return True  # "the Nuffield Trust think tank said": a noun
    if words[index + 1 : index + 2] == ["to"] and word.startswith("agree"):
        return True  # "agreed to deliver a framework": an act, not words
    return _ing_noun(words, index, lex)  # "issued a major tsunami warning for Ishikawa"


def _ing_noun(words: list[str], index: int, lex: Lexicon) -> bool:
    """An -ing form that closes a noun phrase opened by a determiner one to three words
    before it, and is followed by a word of the lexicon's ``ing_noun_followers`` ("a major
    tsunami warning for…", "an emergency warning as of…"), is that phrase's noun; "a letter
    saying she…" or "a statement warning that…" is a participle that reports."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not words[index].endswith("ing") or following not in lex.word_set("ing_noun_followers"):
        return False
    for at in range(index - 2, max(-1, index - 5), -1):
        if not words[at + 1].isalpha():
            return False
        if words[at] in cue_determiners(lex):
            return True
    return False


def _coordinated_plural(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "Doctors confirmed an outbreak and believe the virus spread": a base form right after
    "and" / "but" shares the plural subject of a reporting verb before it in the clause."""
    if words[index - 1 : index] not in (["and"], ["but"]):
        return False
    for at in range(index - 2, max(0, index - 20), -1):
        if words[at] in {";", ":", "“", "”", '"', "."}:
            return False
        if words[at] in lex.finite and words[at] not in lex.base_forms:
            return plural_noun_subject(words, at, lex)
    return False


def english_form_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """English progressive, passive, opening-participle and "called it “…”" forms."""
    if lex.language != "en":
        return None
    if index > 0 and progressive(words, index, lex):
        return progressive_start(words, index, lex), index, "verb"  # "are warning"
    if index > 0 and passive_before(words, index, lex):
        return NOT_A_CUE  # "was first reported by the New York Times"
    if index == 0 and opening_participle(words):
        return NOT_A_CUE  # "Asked about the strike, a spokesman said: …": the spokesman's cue
    if words[index] in lex.word_set("quote_object_verbs"):
        if _noun_after(words, index, lex) or not quote_after_object(words, index):
            return NOT_A_CUE  # "the issue in terms of staffing “…”": a noun, no one speaks
        auxiliary = index > 0 and words[index - 1] in lex.auxiliaries  # "has called it “…”"
        return index - auxiliary, index, "verb"
    return None


def _noun_after(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "in terms of", "the call", "a brand": after a determiner or a preposition (lexicon
    ``noun_making_prepositions``) a word of quote_object_verbs is a noun, whatever follows."""
    before = words[index - 1] if index > 0 else ""
    return before in cue_determiners(lex) or before in lex.word_set("noun_making_prepositions")


def _after_existential(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "there were no abnormalities reported in nuclear plants", "there have been cases
    reported": a participle after the noun that "there is / were / have been" brings in
    describes that noun (a reduced passive); nobody speaks in it. The noun phrase holds at
    most five words and no punctuation."""
    start, forms = max(0, index - 7), lex.word_set("existential_be_forms")
    for at in range(index - 2, start - 1, -1):
        if not words[at][:1].isalnum():
            return False
        be = words[at + 1] in forms or words[at + 2 : at + 3] == ["been"]
        if words[at] == "there" and be:
            return index - at - 2 <= 5 and words[index].endswith("ed")
    return False


def judging_as(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """ "viewed those as the rough and tumble of politics", "sees the routine as part of the
    problem", "grounds Coad regards as insufficient": a verb of judging (lexicon
    ``judging_as_verbs``) reports its object and what it judges it "as"; not in the passive
    ("was seen as", nobody named), after "to" or a modal, nor before a clause ("saw sales fall
    as prices rose") or an "as" of time or degree ("as soon as", "as well")."""
    if lex.language != "en" or words[index] not in lex.word_set("judging_as_verbs"):
        return None
    before = words[index - 1] if index > 0 else ""
    if before in lex.word_set("existential_be_forms") or before == "being":
        return None
    if before in lex.word_set("not_finite_leads"):
        return None
    return (index, index, "verb") if judged_as_at(words, index + 1, lex) else None


def judged_as_at(words: list[str], at: int, lex: Lexicon) -> int | None:
    """The index of the "as" that follows a judged object of at most six words (none past a
    mark or a word of lexicon ``request_object_stops``), when a judgement, not a clause, comes
    after it."""
    stops = lex.word_set("request_object_stops")
    for end in range(at, min(len(words) - 1, at + 7)):
        if words[end] == "as":
            return end if _judgement_after(words[end + 1 : end + 4], lex) else None
        if not words[end][:1].isalnum() or words[end] in stops:
            return None
    return None


def _judgement_after(after: list[str], lex: Lexicon) -> bool:
    """What follows "as" is a judgement: a noun phrase or an adjective, not "soon", "well" or
    a clause with its own verb ("as prices rose", "as it was")."""
    if not after or after[0] in lex.word_set("as_not_judging") or not after[0].isalpha():
        return False
    if after[0] in clause_subjects(lex):
        return False
    verbs, determiners = english_verb_words(lex), lex.word_set("determiners")
    adjective = {i for i, w in enumerate(after) if i and after[i - 1] in determiners}
    return not any(
        w in verbs or (w.endswith("ed") and i and i not in adjective) for i, w in enumerate(after)
    )  # "as an unprecedented threat": an -ed word after a determiner is an adjective


def split_phrase_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """ "have spoken up in the past against proposals", "apologized to shareholders on
    Thursday for a weak outlook": a verb of lexicon ``object_phrase_cues`` and its preposition
    with a setting between them (one to six words opening on one of ``split_phrase_settings``
    or an adverb in -ly, no mark, no "that"): the cue runs to the preposition; never "of",
    which a noun of the setting takes ("spoke on condition of anonymity", "speaking at a
    meeting of the council")."""
    if lex.language != "en":
        return None
    for verb, preposition in _split_phrases(lex).get(words[index], ()):
        after = index + len(verb)
        if tuple(words[index:after]) != verb or after >= len(words):
            continue
        first = words[after]
        if first not in lex.word_set("split_phrase_settings") and not first.endswith("ly"):
            continue
        for end in range(after + 1, min(len(words), after + 7)):
            if words[end] == preposition:
                return index, end, "verb"
            if not words[end][:1].isalnum() or words[end] == "that":
                break
    return None


@built_once
def _split_phrases(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases of ``object_phrase_cues`` as (verb words, preposition), by first word."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in lex.phrases("object_phrase_cues"):  # not "of": "spoke on condition of…"
        if len(phrase) >= 2 and phrase[-1] != "of":
            table.setdefault(phrase[0], []).append((phrase[:-1], phrase[-1]))
    return table


def possessed_object(words: list[str], lex: Lexicon) -> bool:
    """ "his resignation", "Smith's resignation", "Salort-Pons' removal" (folded words, an
    apostrophe apart or not): a possessive and its noun, a whole object in two words, which
    a demand ("called for his resignation.") reports; not "called for help."."""
    if lex.language != "en" or len(words) < 2:
        return False
    if words[1] == "'" and len(words) > 2:
        return words[2][:1].isalnum()
    owner = words[0] in lex.word_set("possessive_determiners") or words[0].endswith(("'s", "'"))
    return owner and len(words[0]) > 1 and words[1][:1].isalnum()


@built_once
def _compound_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's ``verb_noun_compounds`` ("think"), so that the
    compound is looked up only after one of them (computed once)."""
    return frozenset(phrase[0] for phrase in lex.phrases("verb_noun_compounds") if phrase)
