"""Which verb a cue reports with, and what object it takes: a clause only ("accused … of",
"was telling reporters the…", a verb of demanding in the subjunctive), an object shaped as
speech (« insiste : « … » »), or any object. Out of detect/object_clause.py (tidy39), which
reads the object itself: where it opens, where it ends and whether it reads as said.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.allowed import restricted_heads
from quizapp.draft.clause.objects.start import ObjectVerb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.reporting.english_cue_forms.english_requests import request_start
from quizapp.draft.reporting.english_cue_forms.mandative import (
    mandative_verb,
    reads_as_mandate,
    stated,
)
from quizapp.draft.reporting.english_cue_forms.purpose import purpose_lead
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def object_verb(view: SentenceView, cue: Cue) -> ObjectVerb | None:
    """The cue's verb, or None for an English verb that takes no reported object."""
    cue_words = fold(QUOTE_MARKS.sub(" ", view.text[cue.span[0] : cue.span[1]])).split()
    zero_that = view.lex.word_set("zero_that_forms")  # English only
    said = [w for w in cue_words if w in zero_that]
    verb = said[0] if said else cue_words[-1]  # "told reporters on Friday the plan…"
    after = view.tokens[cue.last + 1].text.lower() if cue.last + 1 < len(view.tokens) else ""
    phrase, phrases = " ".join(cue_words[-5:]), view.lex.word_set("object_phrase_cues")
    split = f"{cue_words[0]} {cue_words[-1]}" in phrases and len(cue_words) > 2
    split = split or f"{' '.join(cue_words[:2])} {cue_words[-1]}" in phrases  # "spoke up … for"
    if split or _ends_with_one(phrase, view.lex) or _purpose_object(view, cue, cue_words):
        return ObjectVerb(cue_words, verb, verb, False)  # "called for the elimination of…"
    if f"{cue_words[-1]} {after}" in phrases:  # "had asked for…": the cue stops at "asked"
        return ObjectVerb(cue_words, verb, verb, False, False, view.tokens[cue.last + 1].end)
    asked = request_start(view.tokens, cue.first, cue.last, view.lex)  # "urged X to return…"
    if asked:
        return ObjectVerb(cue_words, verb, verb, False, request_to=asked)
    clause_only = _clause_only(cue_words, verb, view.lex)
    clause_only = clause_only or mandative_verb(cue_words, verb, view.lex)
    taking = view.lex.word_sets("zero_that_forms", "statement_object_verbs", "quote_object_verbs")
    if view.lex.language == "en" and verb not in taking and not clause_only:
        return None
    bare = re.sub(r"-t$|^s'", "", verb.split("-t-")[0])  # "s'engage" -> "engage"
    speech_only = _speech_only(view, verb, bare)
    return ObjectVerb(cue_words, verb, bare, speech_only, clause_only and verb not in zero_that)


def _purpose_object(view: SentenceView, cue: Cue, cue_words: list[str]) -> bool:
    """An English infinitive of purpose whose object is what is voiced ("attended the
    meeting to voice their concerns about…", lexicon ``purpose_object_infinitives``): the
    base form of a verb ``object_phrase_cues`` lists in its other forms, with an object of
    three words at least ("to voice their concerns." says nothing of them) (english55)."""
    objects = view.lex.word_set("purpose_object_infinitives")
    if not (cue.participle and len(cue_words) == 1 and cue_words[0] in objects):
        return False
    after = [t.text for t in view.tokens[cue.last + 1 : cue.last + 1 + _FULL_OBJECT]]
    return len(after) == _FULL_OBJECT and not any(w in _OBJECT_ENDS for w in after)


def purpose_object_end(view: SentenceView, cue: Cue, start: int, end: int) -> int:
    """Where the object of a purpose's infinitive ends when its act is a subject relative's
    ("Parents who attended the meeting to voice their anger at the timetable were turned
    away"): before the main clause's verb ("were"), not at the sentence's end (mend55c)."""
    if not (cue.participle and cue.first == cue.last):
        return end
    if not _purpose_object(view, cue, [fold(view.tokens[cue.first].text)]):
        return end
    words = view.folded_tokens
    lead = purpose_lead(words, cue.first - 1, view.lex)
    if not lead or words[lead - 1] not in view.lex.word_set("subject_relatives"):
        return end
    verbs = view.lex.word_set("clause_finite_words")
    after = [t.start for t in view.tokens_within(start, end) if fold(t.text) in verbs]
    return after[0] if after else end


# "to voice their concerns." names no concern: the object needs three words before a mark
_FULL_OBJECT = 3
_OBJECT_ENDS = frozenset({",", ".", ";", ":", "!", "?"})


def reads_as_its_clause(view: SentenceView, verb: ObjectVerb, start: int, cue: int) -> bool:
    """The object of a verb that reports only a clause reads as one; for a verb of demanding,
    a clause in the subjunctive too ("recommended the wall be rebuilt", english36), when the
    sentence states the demand (``mandative.stated``, english37). A verb that took a clause
    before keeps its reading ("is suggesting plans to close the depot were never agreed",
    mend36a)."""
    said = view.text[start : view.span[1]]
    if _clause_only(verb.words, verb.verb, view.lex) and reads_as_clause(view.lex, said):
        return True
    if not mandative_verb(verb.words, verb.verb, view.lex):
        return False
    opening = view.text[view.span[0] : cue]
    return reads_as_mandate(view.lex, said) and stated(view.lex, opening, said)


def _clause_only(cue_words: list[str], verb: str, lex: Lexicon) -> bool:
    """A cue whose object can only be a clause ("accused Israel of distorting…" and "called
    it “a betrayal”" take others): lexicon ``clause_object_forms``, ``that_cues``, or a
    progressive ("was telling reporters the…", ``clause_object_progressive``)."""
    objects = lex.word_sets("statement_object_verbs", "quote_object_verbs")
    clause_only = verb in lex.word_set("clause_object_forms") and verb not in objects
    clause_only = clause_only or " ".join(cue_words) in lex.word_set("that_cues")
    progressive = lex.word_set("clause_object_progressive")
    return clause_only or (len(cue_words) > 1 and verb in progressive)


def _speech_only(view: SentenceView, verb: str, bare: str) -> bool:
    """A verb that reports only an object shaped as speech, unless its objects are listed:
    "avance un taux de…" reports, "le chantier avance" does not (« de renvoyer »)."""
    speech_only = any(verb.startswith(stem) for stem in view.lex.words("no_object_verbs"))
    speech_only = speech_only or bare in view.lex.word_set("speech_shape_forms")
    speech_only = speech_only or bare in view.lex.word_set("needs_speech_shape")
    return speech_only and restricted_heads(view, bare) is None


def _ends_with_one(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` ends with an entry of ``object_phrase_cues`` (as ``str.endswith``
    reads it, from any letter): its endings of the entries' lengths looked up in the set, not
    each of the entries tried in turn (speed44)."""
    listed = lex.word_set("object_phrase_cues")
    return any(phrase[len(phrase) - n :] in listed for n in _entry_lengths(lex) if n <= len(phrase))


@built_once
def _entry_lengths(lex: Lexicon) -> tuple[int, ...]:
    return tuple(sorted({len(entry) for entry in lex.word_set("object_phrase_cues")}))
