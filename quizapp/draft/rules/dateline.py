"""A dispatch's dateline is no part of what anyone said: "CHICAGO (WLS) -- Five firefighters are
among six people seriously injured…, the Chicago Fire Department said" reports "Five
firefighters are…", and « CONAKRY, 17 octobre (Reuters) - Le président guinéen a été réélu…,
a annoncé la commission » reports « Le président guinéen a été réélu… » (sanity19).

The sentence cutter may also leave "(AP) — " opening the sentence when the dateline's place
ends on an abbreviation ("SALEM, Ore. (AP) — …"): what lies within the dateline is cut all
the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.segment import Span

# a place in capitals, maybe its region or its date after a comma ("SALEM, Ore.", "CONAKRY,
# 17 octobre", "WASHINGTON, June 11"), maybe the agency or station in brackets, a dash, and a
# sentence opening ("NASA - and only NASA - will decide" has none)
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    r"(?:,\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\d{1,2}\s+[a-zé]+|[A-Z][a-z]+\.?\s+\d{1,2}))?"
    r"\s*(?:\([A-Za-z0-9 .&-]{1,30}\))?\s*(?:--|–|—|-)\s+(?=[A-ZÀ-Ý0-9\"“«‘])"
)


def dateline_end(text: str, para: Span) -> int | None:
    """Where the dateline opening the paragraph ends, or None."""
    found = _DATELINE.match(text, para[0], para[1])
    return found.end() if found else None


def after_dateline(found: list[Attribution], text: str, para: Span) -> list[Attribution]:
    """The paragraph's findings, each content that opens within its dateline starting after it."""
    end = dateline_end(text, para)
    if end is None:
        return found
    return [
        replace(a, content=(end, a.content[1])) if para[0] <= a.content[0] < end else a
        for a in found
    ]
