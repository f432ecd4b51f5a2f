"""English nouns of speech heard with no owner: "There have been reports of hospitals running
out", "reports surfaced that Lexmark could split". A noun of lexicon ``heard_speech_nouns``
brought in by "there is / have been" or by a verb of surfacing (``surfacing_verbs``) is itself
the (vague) source of what follows its "of" or "that"; as an object ("rubbished reports
that…") it names no one and is left alone (english_shapes/english_nominal reads owned nouns). Kept
here because ``detect/`` is at its size limit (english22)."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.content_bounds import content_end_text
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.shapes.english_shapes.english_nominal import SAYS_THAT, noun_free
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once


def heard_drafts(view: SentenceView, contents: list[Span]) -> list[Draft]:
    """The unowned nouns of speech of an English sentence that are sources, each with what
    follows it, none inside a quotation, in a cue's words or over another finding."""
    found: list[Draft] = []
    patterns = zip(_NEEDED, _heard_patterns(view.lex), strict=True)
    wanted = (p for need, p in patterns if need.search(view.text, *view.span))  # speed45
    matches = (p.finditer(view.text, *view.span) for p in wanted)
    for match in (m for found_by in matches for m in found_by):
        cue = match.span("noun")
        content = strip_span(view.text, (match.end(), content_end_text(view, match.end())))
        if words_in(view.text, content) < 3 or not noun_free(view, cue, contents):
            continue
        kind = "mixed" if has_quote(view, content) else "indirect"
        found.append(Draft(content, cue, match.span("source"), kind, None, 0.6, ""))
    return found


# what each of ``_heard_patterns`` cannot match without: "there" and a space, "that" and a
# space; a sentence lacking it is not scanned with that pattern (speed45)
_NEEDED = (re.compile(r"there\s", re.IGNORECASE), SAYS_THAT)


@built_once
def _heard_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """ "there have been reports of / that", "reports surfaced that" (built once per lexicon)."""
    nouns, verbs = lex.one_of("heard_speech_nouns"), lex.one_of("surfacing_verbs")
    there = r"\bthere\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:also\s+)?"
    source = rf"(?P<source>(?:(?!no\s)[a-z]+\s+)?(?P<noun>{nouns}))"  # not "no reports of"
    return (
        re.compile(rf"{there}{source}\s+(?:of|that)\s", re.IGNORECASE),
        re.compile(rf"\b{source}\s+(?:have\s+|had\s+)?(?:{verbs})\s+that\s", re.IGNORECASE),
    )
