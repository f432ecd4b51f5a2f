"""Cutting an article into paragraphs, quotations, sentences and word tokens, with offsets.

Every span is a half-open ``(start, end)`` pair of Python string indices into the article
text, so that each finding can be shown and checked verbatim. Quotations are found before
sentences (``quotation_marks``) because a quotation may hold several sentences (and even several
paragraphs: the French and English conventions reopen the quotation mark at each new paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from quizapp.draft.text.bounded import bounded, stripped

Span = tuple[int, int]

# a run of final marks is read from its first mark, whole (hostile55: ``[.!?…]+`` tried every
# shorter run at every mark of a run of thousands of dots, quadratic in the run)
_SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]++(?:[»”\")\]]|[ \u00a0\u202f][»”])*(?=\s+[«“\"(\[A-ZÀ-ÖØ-Þ0-9]|\s*$)|\n"
    r"|(?<=[a-zà-ÿ]{3})\.(?=[«“\"]?[A-ZÀ-Ý][a-zà-ÿ'’])"  # "convocation.Le Premier": a lost space
    r"|(?<=[»”])\s*(?=[«“][A-ZÀ-Ý])"  # "…» fin février.«On dit…»"
)
_NEW_SENTENCE = re.compile(r"\s+[«“\"(\[A-ZÀ-ÖØ-Þ]")
# the sentence break the later readers of a passage test for (going_on, offices), written once
# (tidy36): a final mark, then the closing marks that may follow it
_FINAL_MARK = r"[.!?…]"
_CLOSING_MARKS = r"»”\"’)"
# a sentence end with more words after it: a sentence between two places
SENTENCE_BETWEEN = re.compile(rf"{_FINAL_MARK}[{_CLOSING_MARKS}]*\s+\S")
# any quotation mark, opening or closing: a passage holding one is (part of) a quotation
QUOTE_MARKS = re.compile(r"[«»“”\"]")
# the same marks as tokens, those that open a quotation and those that close one, and the
# tokens that break a clause, those marks among them (tidy38: seven modules wrote these sets)
OPENING_MARK_TOKENS = frozenset({"«", "“", '"'})
CLOSING_MARK_TOKENS = frozenset({"»", "”", '"'})
QUOTE_MARK_TOKENS = OPENING_MARK_TOKENS | CLOSING_MARK_TOKENS
CLAUSE_BREAK_TOKENS = frozenset({".", ";", ":", "(", ")"}) | QUOTE_MARK_TOKENS
# a passage that ends where a sentence opens (the text's start, a new line, or a sentence end
# and its closing marks, straight apostrophes and spaces too), maybe before an opening mark
SENTENCE_OPENS_AT_END = re.compile(rf"(?:^|{_FINAL_MARK}[{_CLOSING_MARKS}'\s]*\s|\n)\s*[\"«“]?\s*$")
ELIDED = r"(?:[cdjlmnstCDJLMNST]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu|[Qq]uoiqu)['’]"  # « qu' »
FR_TOKEN = re.compile(
    rf"{ELIDED}(?=\w|\s?[«“\"])"
    r"|(?:O['’](?=[A-Z]))?\w+(?:&\w+)*(?:[-‑](?:[dlDL]['’])?\w+)*|[^\w\s]"
)  # « Tech&Co », "AT&T", « O'Leary » (French elides no « o »): one word
EN_TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+|\d+(?::\d+)+(?![\w:])"
    r"|\w+(?:&\w+)*(?:['’]\w+)*(?:[-‑]\w+)*|[^\w\s]"
)  # "won 2:1", "a 3:1 majority", "at 6:50": a score, a ratio or a time is one word (english59)


class Token(NamedTuple):
    """A word or mark of the article with its offsets. A named tuple, not a frozen
    dataclass: every sentence is cut into tokens, and a tuple is built in half the time
    (speed18); like the dataclass, it cannot be changed once made."""

    text: str
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines or blank-line separated blocks; each line of an article is a paragraph."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def tokens(text: str, span: Span, language: str) -> list[Token]:
    """The words and punctuation marks of ``text[span]`` with their absolute offsets."""
    return list(_cut(text, span[0], span[1], language))  # a list of its own: callers change it


@lru_cache(maxsize=512)
def _cut(text: str, start: int, end: int, language: str) -> tuple[Token, ...]:
    """The tokens of one cut, kept: the same sentence or paragraph is cut again by many readers
    (87,000 cuts of 20,000 sentences over the corpus, speed40)."""
    pattern = FR_TOKEN if language == "fr" else EN_TOKEN
    made = tuple.__new__  # a Token built in C: a named tuple's own __new__ is Python (tidy41)
    found = pattern.finditer(text, start, end)  # a list built, not a generator resumed (tidy43)
    return tuple([made(Token, (m.group(), m.start(), m.end())) for m in found])


@dataclass(frozen=True)
class Stops:
    """Where a period ends no sentence: after an abbreviation (« M. », "Mr."), unless it is one
    that may close a sentence (« etc. », "U.S.") and a quotation mark or a word that opens
    sentences follows (« …, etc. Le pont… », "in the U.S. The firm…"). Lexicon
    sentence_abbreviations, sentence_final_abbreviations and function_words."""

    abbreviations: frozenset[str]
    final: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    inverted_cues: frozenset[str] = frozenset()  # « « … » Ironise un salarié. »: no new sentence
    subject_openers: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()  # « Complète-t-il »
    noun_cues: frozenset[str] = frozenset()  # « Note la une… »: a noun too


def sentences(text: str, span: Span, quotes: list[Span], stops: Stops) -> list[Span]:
    """Sentences of a paragraph; a sentence end inside a quotation does not count."""
    start, end = span
    cuts: list[Span] = []
    begin = start
    inside = _Inside(quotes)
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if inside(match.start()) and not _closes_quote(text, match, quotes):
            stop = _quote_closed_after(text, match, quotes) or 0
            if not stop:
                continue
        if _after_abbreviation(text, begin, match.start(), stops) or _cue_follows(
            text, stop, stops
        ):
            continue
        if text[begin:stop].strip():
            cuts.append(stripped(text, begin, stop))
        begin = stop
    if text[begin:end].strip():
        cuts.append(stripped(text, begin, end))
    return bounded(text, cuts)  # a sentence of the whole article is cut (hostile55)


class _Inside:
    """Whether a position lies strictly inside a quotation (past its opening mark, before its
    closing one): the quotations' inner stretches merged and bisected, as a paragraph of
    thousands of quotations tested each of them at each sentence end (tidy58)."""

    def __init__(self, quotes: list[Span]) -> None:
        """The quotations' inner stretches (mark to mark, exclusive), overlapping ones merged,
        so that one bisection over ``starts`` answers for a position."""
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in sorted((s, e - 1) for s, e in quotes if s + 1 < e - 1):
            if self.ends and s < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], e)
            else:
                self.starts.append(s)
                self.ends.append(e)

    def __call__(self, position: int) -> bool:
        """``any(s < position < e - 1 for s, e in quotes)``."""
        index = bisect_left(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


def _closes_quote(text: str, match: re.Match[str], quotes: list[Span]) -> bool:
    """A sentence end whose closing mark ends a quotation ends the sentence too."""
    return any(e == match.end() for _, e in quotes)


def _quote_closed_after(text: str, match: re.Match[str], quotes: list[Span]) -> int | None:
    """« …du parquet."L'avocat général… »: a full stop whose very next mark closes the
    quotation, the space after it lost, or with a space before it (" … ponctuelles. " La
    présidente…: straight marks spaced as « » are); the sentence ends after that mark."""
    closed = next((e for _, e in quotes if e == match.end() + 1), None)
    if closed is not None or text[match.end() : match.end() + 1] not in " \u00a0\u202f":
        return closed
    spaced = next((e for _, e in quotes if e == match.end() + 2), None)  # a new sentence next
    return spaced if spaced and _NEW_SENTENCE.match(text, spaced) else None


def _after_abbreviation(text: str, begin: int, dot: int, stops: Stops) -> bool:
    word = _last_word(text[begin : dot + 1])
    if word is None:
        return False
    value = word.lstrip("([«“\"‘'")  # "(Feb. 3)", "(Sen. Jones)": after a bracket
    if value in stops.final:
        opening = _OPENING.match(text, dot + 1)
        return not opening or not (opening[1] or opening[2] in stops.openers)
    if value in stops.abbreviations or re.fullmatch(r"(?:[A-Z]\.){2,}", value):
        return True
    if not re.fullmatch(r"[A-Z]\.?", value):
        return False
    previous = re.search(r"(\S+)\s+\S+$", text[begin : dot + 1])
    return previous is None or previous.group(1)[:1].isupper()


def _cue_follows(text: str, stop: int, stops: Stops) -> bool:
    """A quotation closing its sentence, then a reporting verb written with a capital and its
    inverted subject (« « … » Ironise un salarié. », « « … » Explique Marie X. », « « … »
    Complète-t-il. »): the cue of that quotation, as the same verb in lower case is, so the
    sentence goes on (quotes47); a capitalised verb opening a sentence of its own read into
    the speaker (« Ironise un salarié »). A form that is also a noun (lexicon
    ``capitalised_noun_cues``: « Note la une du journal… ») is one only with its pronoun or
    a name after it, never a determiner (mend47a). French only (lexicon ``finite``,
    ``cue_determiners`` and ``third_person_subject_pronouns``; the English stops list none)."""
    if not stops.inverted_cues or text[stop - 1 : stop] not in _QUOTE_CLOSERS:
        return False
    found = _CAPITAL_THEN_WORD.match(text, stop)
    if found is None or found[1].lower() not in stops.inverted_cues:
        return False
    if found[2] is not None:  # « Complète-t-il », not « Ajoute-Machin »
        return found[2].lower() in stops.subject_pronouns
    subject = found[3] or ""
    if subject[:1].isupper():
        return True
    elided = subject[:2].lower().replace("’", "'")
    noun = found[1].lower() in stops.noun_cues
    return not noun and _opens_subject(subject, elided, stops)


def _opens_subject(subject: str, elided: str, stops: Stops) -> bool:
    """Whether ``subject`` opens a noun phrase: a determiner, or an elided one (« l'un »)."""
    return subject.lower() in stops.subject_openers or elided in stops.subject_openers


_QUOTE_CLOSERS = frozenset('»”"')
_CAPITAL_THEN_WORD = re.compile(
    r"[ \u00a0]+([A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)(?:(?:-t)?-([a-zà-ÿ]+)\b)?(?:[ \u00a0]+([\w'’]+))?"
)


def _last_word(passage: str) -> str | None:
    """The word ``passage`` ends on, as ``(\\S+)$`` finds it (before one final newline), or
    None when it ends on a space: read from the end, where that search tried every word of
    the sentence so far at each of its periods (tidy42)."""
    passage = passage.removesuffix("\n")
    if not passage or passage[-1].isspace():
        return None
    return passage.rsplit(None, 1)[-1]


_OPENING = re.compile(r"\s+(?:([«“\"]\s?[A-ZÀ-Ö])|([A-ZÀ-Ö][\w'’]*))")


class Overlaps:
    """The spans (quotations) that overlap a passage, in their own order, found by bisection:
    asking for each sentence of a long article must not scan every quotation of it."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._order = sorted(range(len(spans)), key=lambda index: spans[index][0])
        self._starts = [spans[index][0] for index in self._order]
        ends = (spans[index][1] for index in self._order)
        self._reach = list(accumulate(ends, max))  # the furthest end of the spans so far

    def within(self, start: int, end: int) -> list[Span]:
        """The spans with ``span_start < end`` and ``span_end > start``."""
        first = bisect_right(self._reach, start)  # every span before it ends by ``start``
        last = bisect_left(self._starts, end)
        found = sorted(i for i in self._order[first:last] if self.spans[i][1] > start)
        return [self.spans[index] for index in found]


def words_in(text: str, span: Span) -> int:
    """How many words a span holds (for telling a full quotation from a quoted term)."""
    return len(_WORD.findall(text, span[0], span[1]))


# compiled once: a pattern given as a string is looked up in re's cache (of 512, often full
# with the drafter's patterns) at each of words_in's ~50,000 calls over the corpus (tidy41)
_WORD = re.compile(r"\w+")


def last_comma(passage: str) -> int:
    """The last comma that can end a clause, or -1: never one between digits ("1,000")."""
    for found in reversed([m.start() for m in re.finditer(",", passage)]):
        if not (passage[found - 1 : found].isdigit() and passage[found + 1 : found + 2].isdigit()):
            return found
    return -1


def first_colon(passage: str) -> int:
    """The first colon that can open what follows, or -1: never one in a time (``clock_colon``:
    "responded to an alarm at 6:50 when…", « à 18:30 »; sanity19)."""
    for found in re.finditer(":", passage):
        if not clock_colon(passage, found.start()):
            return found.start()
    return -1


def clock_colon(text: str, at: int) -> bool:
    """Whether the colon at ``at`` stands between two digits, in a time ("6:50 a.m."): it opens
    neither a quotation nor a clause."""
    return at > 0 and _CLOCK.match(text, at - 1) is not None


_CLOCK = re.compile(r"\d:\d")


def before_own_clause(rest: str) -> str:
    """What follows a final cue up to an apposed name (« …, l'ambassadeur, Jean Dupont ») or,
    after a subject of a few words, up to its relative clause (« …, a indiqué le maire, qui a
    précisé que… », or with no comma, « …, a détaillé l'ONG qui prend en charge… »): what the
    relative says is its own statement, not the cue's, and its words are no subject's."""
    rest = re.split(r",\s+(?=[A-ZÀ-Ö])", rest, maxsplit=1)[0]
    relative = _SHORT_SUBJECT_THEN_RELATIVE.match(rest)
    return relative.group(1) if relative else rest


# Up to six words, then « , qui » / « , dont » / « qui »: one word per repetition (the pattern
# used to let a word be cut anywhere, and tried every cut before failing on a long one, speed18).
_SHORT_SUBJECT_THEN_RELATIVE = re.compile(
    r"(\s*[^\s,]+(?:\s+[^\s,]+){0,5})(?:,\s+(?:qui|dont)|\s+qui)\s"
)
