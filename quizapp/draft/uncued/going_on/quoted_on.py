"""A quotation that carries on the last finding's words with no cue of its own: the one a
colon opens after an attribution that ends before it (« X, estime Y : « … » »), and a
paragraph that lost its opening mark but ends on a closing one. Out of ``lone_quotes/alone`` since
tidy29, which gives a lone quotation a speaker by its place in the narration.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.text.segment import QUOTE_MARKS, words_in


def quotation_after_colon(view: SentenceView, new: list[Attribution]) -> list[Attribution]:
    """« X, estime Y : « … » », « selon Y : « … » », « aux yeux de Y, qui …: « … » »: the
    sentence's attribution ends before a colon, and the quotation the colon opens, left
    outside it with no cue of its own, is the same speaker's words (a second, direct one)."""
    quotes = quotes_after_colon(view)
    if not quotes or not new:
        return []
    content = inner(view.text, (quotes[0][0], quotes[-1][1]))
    if _too_short(view.text, content) or any(overlaps(a.content, content) for a in new):
        return []
    before = [a for a in new if max(finding_ends(a)) <= quotes[0][0]]
    if not before:
        return []
    last = before[-1]
    return [replace(last, content=content, cue=None, source=None, kind="direct", confidence=0.6)]


def _too_short(text: str, content: Span) -> bool:
    """Under four words a quotation after the colon is a title or a word (« : « Oui » »),
    unless it is a sentence of two words or more closed by its own stop (« déplore un
    habitant : « On attend toujours. » », mend59c)."""
    words = words_in(text, content)
    return words < 2 or (words < 4 and text[content[1] - 1 : content[1]] not in ".!?…")


_CLOSING_ONLY = re.compile(r"([»”\"])[\s.]*$")


def closing_only_paragraph(text: str, para: Span, earlier: list[Attribution]) -> list[Attribution]:
    """A paragraph with no opening mark that ends on a closing one (« Les employés ont ramené
    500 kg de poissons. J'ai loué des congélateurs" ») goes on with the quotation of the
    paragraph before, its opening mark lost: the last speaker's words, when heard just before."""
    line = text[para[0] : para[1]]
    closing = _CLOSING_ONLY.search(line)
    if closing is None or QUOTE_MARKS.search(line[: closing.start()]) or not earlier:
        return []
    content = (para[0], para[0] + len(line[: closing.start()].rstrip()))
    last = earlier[-1]
    if words_in(text, content) < 4 or not 0 <= para[0] - last.content[1] <= 600:
        return []
    return [replace(last, content=content, cue=None, source=None, kind="direct", confidence=0.5)]


def quotes_after_colon(view: SentenceView) -> list[Span]:
    """The quotations of the sentence from the first one opened right after a colon (outside
    any quotation) to its last."""
    for index, quote in enumerate(view.quotes):
        if quote[0] <= view.span[0]:
            continue
        if re.search(r":\s*$", view.text[max(view.span[0], quote[0] - 4) : quote[0]]):
            return view.quotes[index:]
    return []


def finding_ends(found: Attribution) -> tuple[int, ...]:
    """Where a finding's content, cue and source end."""
    return tuple(s[1] for s in (found.content, found.cue, found.source) if s is not None)


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a character."""
    return a[0] < b[1] and b[0] < a[1]
