"""A dispatch's dateline is no part of what anyone said: "CHICAGO (WLS) -- Five firefighters are
among six people seriously injured…, the Chicago Fire Department said" reports "Five
firefighters are…", and « CONAKRY, 17 octobre (Reuters) - Le président guinéen a été réélu…,
a annoncé la commission » reports « Le président guinéen a été réélu… » (sanity19).

The sentence cutter may also leave "(AP) — " opening the sentence when the dateline's place
ends on an abbreviation ("SALEM, Ore. (AP) — …"): what lies within the dateline is cut all
the same.

Nor is a dateline any part of who spoke ("BOZEMAN (AP) — Two environmental groups said…"
spoke as "BOZEMAN"), and it comes in more forms than a dash: an agency alone in brackets
(« (Belga) Le candidat… », « (Keystone-ATS) Le Conseil fédéral… »), a place and a colon
("ISLAMABAD: The Opposition leaders…", « RENNES: »), an AFP line cut by bars (« Kourou,
France | AFP | mardi 17/11/2020 - Nouvel échec… ») (sanity20): the paragraph's first
sentence starts after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import Span

# a place in capitals, maybe its region or its date after a comma ("SALEM, Ore.", "CONAKRY,
# 17 octobre", "WASHINGTON, June 11"), maybe the agency or station in brackets, a dash, and a
# sentence opening ("NASA - and only NASA - will decide" has none)
_PLACE = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
_OPENING = r"(?=[A-ZÀ-Ý0-9\"“«‘])"
_DATELINE = re.compile(
    _PLACE
    + r"(?:,\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\d{1,2}\s+[a-zé]+|[A-Z][a-z]+\.?\s+\d{1,2}))?"
    r"(?:\s*(?:\([A-Za-z0-9 .&-]{1,30}\))?\s*(?:--|–|—|-)|:)\s+"  # a dash, or a colon
    + _OPENING
    # an agency or a place alone in brackets, maybe a dash: "(Belga) ", « (Keystone-ATS) »
    + r"|\([A-Z][\w .&'’-]{1,30}\)\s*(?:(?:--|–|—|-)\s+)?"
    + _OPENING
    # place, country, agency and date cut by bars: « Paris, France | AFP | mardi 17/11/2020 - »
    + r"|[A-ZÀ-Ý][^|\n]{1,40}\|\s*[A-Z][\w.-]{1,15}\s*\|[^|\n]{1,40}?\s(?:--|–|—|-)\s+"
    + _OPENING
)


def dateline_end(text: str, para: Span) -> int | None:
    """Where the dateline opening the paragraph ends, or None."""
    found = _DATELINE.match(text, para[0], para[1])
    return found.end() if found else None


def past_dateline(sentences: list[Span], end: int | None) -> list[Span]:
    """The paragraph's sentences once the dateline ending at ``end`` is taken off: one within
    it is dropped, one running over its end starts after it."""
    if end is None:
        return sentences
    return [(max(start, end), stop) for start, stop in sentences if stop > end]


def after_dateline(found: list[Attribution], para: Span, end: int | None) -> list[Attribution]:
    """The paragraph's findings, each content that opens within its dateline (ending at
    ``end``, from ``dateline_end``, read once per paragraph) starting after it."""
    if end is None:
        return found
    return [
        replace(a, content=(end, a.content[1])) if para[0] <= a.content[0] < end else a
        for a in found
    ]
