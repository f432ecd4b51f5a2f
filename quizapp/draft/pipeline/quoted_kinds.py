"""The kind a finding's own words say, once the article is read (kinds49).

Each shape decides a finding's kind from what it read before its cue (« mixed » when a
quotation lies inside the content, « according_to » after « selon »). Three contents say
otherwise, whatever the shape that found them, and the keys' conventions agree (kinds49 in
docs/drafting.md):

- the content is one whole quotation, marks and all (« Il dénonce « une dérive » », « Selon
  lui, « … » », "He said: “…”"): the speaker's own words, nothing of the narration's, so
  *direct*, its content inside the marks;
- the content ends on a closing mark it never opened (« … terminés.\\n\\nNous allons … besoin »,
  a déclaré X »: a quotation's later paragraph): the tail of a quotation, *direct*, the mark
  left out;
- a French clause with no mark, in the first person (« je », « nous »), right before its
  inverted cue (« Je n'ai rien réclamé, dit X »): words printed without their marks, *direct*.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.shapes.detect.view import inner, strip_span
from quizapp.draft.sources.head_words import names_a_thing
from quizapp.draft.text.segment import Overlaps, Span
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon

_MARKS = re.compile(r"[«»“”„\"‹›]")
_CLOSERS = '»”"›'
_SENTENCE_ENDS = '.!?:\n»”"'
_BETWEEN = re.compile(r"[\s,;–—-]*")  # what lies between a clause and its inverted cue


def quoted_kinds(
    found: list[Attribution], text: str, quotes: Overlaps, lex: Lexicon
) -> list[Attribution]:
    """Every finding, with the kind (and bounds) its content's marks say."""
    return [_settled(a, text, quotes, lex) for a in found]


def _settled(found: Attribution, text: str, quotes: Overlaps, lex: Lexicon) -> Attribution:
    """The finding as the first of the three contents (module docstring) reads it."""
    if found.kind == "direct":
        return found
    whole = _whole_quotation(found.content, text, quotes)
    if whole is not None and _whole_claim(found, whole, text) and not _document(found, text, lex):
        return replace(found, content=inner(text, whole), kind="direct")
    tail = _quotation_tail(found.content, text)
    if tail is not None:
        return replace(found, content=tail, kind="direct")
    if _unmarked_first_person(found, text, lex):
        return replace(found, kind="direct")
    return found


def _whole_quotation(content: Span, text: str, quotes: Overlaps) -> Span | None:
    """The quotation the content is, marks and all, when it is one (quotations nested inside
    it aside); spaces at the content's ends do not count (a content may keep a line's last
    space)."""
    start, end = strip_span(text, content, "", "")
    if end - start < 3:
        return None
    outer = [q for q in quotes.within(start, end) if q[0] <= start and q[1] >= end]
    return (start, end) if (start, end) in outer else None


def _whole_claim(found: Attribution, quote: Span, text: str) -> bool:
    """Whether the quotation is all that is said, not a word the narration borrows (a
    single quoted word: « une décision jugée "honteuse" ») nor the end of a clause an
    « according to » cuts (« Son usage constitue, selon lui, « une atteinte » »): an
    according-to's quotation or its cue opens the sentence."""
    words = inner(text, quote)
    if len(text[words[0] : words[1]].split()) < 2:
        return False
    if found.kind != "according_to" or found.cue is None:
        return True
    at = min(found.cue[0], quote[0])
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_ENDS


def _document(found: Attribution, text: str, lex: Lexicon) -> bool:
    """The source is a document (« Le texte prévoit « un contrôle renforcé », selon le
    ministère »): it prints the quoted words, it does not say them, so the finding keeps its
    kind and a question asks who speaks through it (mend49b, review49 finding 4)."""
    return found.source is not None and names_a_thing(text[slice(*found.source)], lex)


def _quotation_tail(content: Span, text: str) -> Span | None:
    """The content without its last character when that is a closing mark and no other mark
    is in it, the content opening its paragraph: the end of a quotation opened in an earlier
    paragraph (one opened in the same one makes the content a piece of its own)."""
    start, end = strip_span(text, content, "", "")
    passage = text[start:end]
    if len(passage) < 3 or passage[-1] not in _CLOSERS or _MARKS.search(passage[:-1]):
        return None
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return None
    return strip_span(text, (start, end - 1), "", "")


def _unmarked_first_person(found: Attribution, text: str, lex: Lexicon) -> bool:
    """A French clause without marks in the first person, its cue right after it."""
    words = lex.word_set("introduced_first_person_words")
    if not words or found.kind != "indirect" or found.cue is None:
        return False
    start, end = found.content
    if found.cue[0] < end or not _BETWEEN.fullmatch(text[end : found.cue[0]]):
        return False
    if _MARKS.search(text[start:end]):
        return False
    return any(w.strip(",;:.") in words for w in folded_words(text[start:end]))
