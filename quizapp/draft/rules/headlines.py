"""An English headline that names its source after a colon, as American and British papers
write them ("Deputy shoots, kills suspect: PCSO", "Inflation to peak in autumn: Bank"): the
words before the colon are what the source said. The source must be named again in the body,
or be an acronym the body spells out ("PCSO", "Polk County Sheriff's Office"), so that a
headline's topic before a colon ("Budget: what changes") is never taken for a speaker."""

from __future__ import annotations

import re

from quizapp.draft.detect.view import Draft, SentenceView
from quizapp.draft.segment import Span

_TRAILING_SOURCE = re.compile(
    r"\s*(?P<said>\S.{10,}?)\s*:\s*(?P<source>(?:[A-Z][\w.&'’-]*\s*){1,4})"
)


def headline_source(view: SentenceView) -> Draft | None:
    """The claim and its trailing source of an English headline, or None."""
    if view.lex.language != "en":
        return None
    found = _TRAILING_SOURCE.fullmatch(view.text, view.span[0], view.span[1])
    if found is None or any(q[0] < found.end("said") for q in view.quotes):
        return None
    source = _stripped(view.text, found.span("source"))
    return Draft(found.span("said"), None, source, "indirect", None, 0.6, "")


def spelled_in_body(text: str, body_start: int, source: Span) -> bool:
    """An acronym whose letters open the words of a capitalised name in the body."""
    acronym = text[source[0] : source[1]]
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    words = r"['’]?s?\s+".join(rf"{letter}\w*" for letter in acronym)
    return re.search(rf"\b{words}\b", text[body_start:]) is not None


def _stripped(text: str, span: Span) -> Span:
    start, end = span
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
