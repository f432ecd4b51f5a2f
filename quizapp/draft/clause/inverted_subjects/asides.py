"""A French aside between a speech verb inverted after a quotation and its subject: « « … »
assure, bravache, Michel X » (quotes56). Kept apart from ``subject`` so that each stays under
the size rules, and narrow on purpose: elsewhere the words after such an aside are the verb's
object (« X salue, par ailleurs, le bilan de… »), mend56c."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import Lexicon, fold, folded_words


def aside_before_subject(view: SentenceView, cue: Cue, rest_start: int) -> int:
    """The length of the aside at ``rest_start`` when the cue is a speech verb right after a
    quotation that opens its sentence or clause and the words after the aside name someone
    who can speak; 0 otherwise. « Le slogan « … » reprend, depuis lundi, les mots des
    parents »: the quotation is the verb's subject's name, and what follows its object."""
    if view.lex.language != "fr" or not _cue_after_opening_quote(view, cue):
        return 0
    rest = view.text[rest_start : view.span[1]]
    length = _aside_length(view.lex, rest)
    if not length or not view.speech_verb(cue):
        return 0
    subject = _PHRASE.match(rest, length)
    speaks = subject is not None and can_speak(subject.group(), view.lex, unknown_nouns=False)
    return length if speaks else 0


def _cue_after_opening_quote(view: SentenceView, cue: Cue) -> bool:
    """A quotation (its span holds its marks) closes right before the cue, a comma between or
    not, and nothing but a clause boundary stands before it in the sentence."""
    for quote in view.quotes:
        between = view.text[quote[1] : cue.span[0]]
        if quote[1] <= cue.span[0] and _CLOSED_QUOTE.fullmatch(between):
            before = view.text[view.span[0] : quote[0]].strip(" \t–—-")
            return not before or before[-1] in ",;:("
    return False


def _aside_length(lex: Lexicon, rest: str) -> int:
    """The length of an aside of one to three lower-case words set off by commas (« ,
    bravache, », « , amusé, »), before a subject opening on a capital or a determiner: how the
    speaker spoke, never who. 0 for anything else, a verb among its words included."""
    found = _ASIDE.match(rest)
    if found is None or any(w in lex.finite for w in folded_words(found.group("words"))):
        return 0
    after = rest[found.end() :]
    first = fold(after.split(maxsplit=1)[0]) if after.split() else ""
    opens = after[:1].isupper() or first in lex.word_set("determiners")
    return found.end() if opens else 0


_CLOSED_QUOTE = re.compile(r"\s*,?\s*")  # the quotation (its marks included), then the verb
_ASIDE = re.compile(r"\s*,\s*(?P<words>[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2})\s*,\s*")
_PHRASE = re.compile(r"[^,;:!?«»()]+")  # « M. Touré »: a full stop of an abbreviation
