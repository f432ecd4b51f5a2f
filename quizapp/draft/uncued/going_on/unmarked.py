"""A paragraph of a speaker's own words printed with no quotation marks, right after that
speaker was heard: « …, sourit l'ancienne adjointe. » then « C'est un défi… Mais je vais m'y
consacrer entièrement. » (local radio and web pages that set an interview's answers out as
paragraphs and drop the marks, recall53b). unmarked42 took such a paragraph only after a
colon; this one needs no colon, and is narrower in its person: the first person of the
singular alone (« je », « me », « mon »…), which the corpus keys as the last speaker's words
10 times in 14, where « nous » and « on » speak as often for the outlet, a council or a
group as for the person just heard (13 of 50 and 17 of 57 keyed)."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import QUOTE_MARKS, words_in
from quizapp.draft.uncued.going_on.quoted_on import finding_ends
from quizapp.draft.uncued.going_on.unmarked_guards import not_the_last_speakers
from quizapp.draft.words.lexicon import Lexicon, folded_words

_CONFIDENCE = 0.4  # no cue, no marks: the person of the words and the place alone say it
_FIRST_PERSON = "unmarked_first_person_words"  # French only: what turns the rule on
_MIN_WORDS = 6  # a shorter line is a heading or a caption as often as an answer
_REACH = 450  # characters from the last finding: the speaker was heard just before
_ASIDES = re.compile(r"\([^()]*\)?")  # an aside in parentheses, its closing one lost or not
# a capitalised word inside a sentence: a title's or a name's (« Le film Moi, Daniel Blake »)
_TITLED = re.compile(r"(?<=[^\s.!?…:«—–-])(\s+)[A-ZÀ-Ö][\w'’]*")


def first_person_paragraph(
    text: str, para: Span, earlier: list[Attribution], lex: Lexicon
) -> list[Attribution]:
    """The paragraph ``para``, holding no finding, as the last speaker's direct words when it
    has no quotation mark, speaks in the first person of the singular and that speaker's
    finding ends within a paragraph or two before it; not a line the body says again below
    (a pull quote set out unmarked: the body's quotation is the keyed one), nor one a colon
    closing a paragraph that holds the finding introduces (unmarked42 reads those)."""
    if _FIRST_PERSON not in lex.raw or not earlier:
        return []
    content = strip_span(text, para)  # its final stop off, as a signature below reads it
    line = text[content[0] : content[1]]
    if QUOTE_MARKS.search(line) or words_in(text, content) < _MIN_WORDS:
        return []
    last = earlier[-1]
    if not 0 <= para[0] - max(finding_ends(last)) <= _REACH:
        return []
    if not _first_person(line, lex) or _said_again(text, content):
        return []
    if not_the_last_speakers(line, text[max(finding_ends(last)) : para[0]], last, lex):
        return []  # another person named, a body, the reporter's visit, a signature (mend53a)
    if _weighed_by_colon(text, para, last):
        return []
    return [
        replace(last, content=content, cue=None, source=None, kind="direct", confidence=_CONFIDENCE)
    ]


def _first_person(line: str, lex: Lexicon) -> bool:
    """Whether the line speaks as « je », subject, object or possessive (lexicon
    ``unmarked_first_person_words``), outside parentheses: an aside there is the outlet's, or
    a title it spells out (« sa liste BAM (Bourg-Saint-Maurice-Les Arcs et Moi…) »); nor a
    capitalised word inside a sentence, a title's (« Le film Moi, Daniel Blake », mend53a)."""
    plain = _TITLED.sub(r"\1", _ASIDES.sub(" ", line))
    words = {w.strip(",;:.!?…") for w in folded_words(plain)}
    return not words.isdisjoint(lex.word_set(_FIRST_PERSON))


def _weighed_by_colon(text: str, para: Span, last: Attribution) -> bool:
    """Whether the paragraph before closes on a colon and holds the last finding: that
    introduction is unmarked42's to read (``introduced.py``), which leaves the paragraph to
    nobody when the colon's clause goes on past the finding (« Selon le préfet Jean Roux, …,
    mais l'opposante Anne Roy conteste : »); a colon paragraph with no finding of its own
    (« Je tiens à rétablir la vérité : ») leaves the last speaker heard before it."""
    before = text[: para[0]].rstrip()
    return before.endswith(":") and max(finding_ends(last)) > before.rfind("\n")


def _said_again(text: str, content: Span) -> bool:
    """Whether the line's words, its closing stops and dots aside, stand again further on."""
    core = text[content[0] : content[1]].rstrip(" .!?…")
    return len(core) > 0 and text.find(core, content[1]) >= 0
