"""Speech nested in an outlet's report: « Le New York Times a indiqué que des responsables ont
déclaré que… », « Selon le quotidien, des diplomates estiment que… ». The outer statement is
the outlet's; the inner one is the officials', and it reached the reader through the outlet,
which is recorded as its relay (``via``), the officials keeping their own label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.lexicon import Lexicon, alternation


def relayed_by_outer_outlet(found: list[Attribution], outlets: set[str]) -> list[Attribution]:
    """Each attribution without a relay whose cue lies inside the content of an outlet's
    attribution gets that outlet as its relay."""
    reports = [a for a in found if a.speaker in outlets]
    if not reports:
        return found
    result = []
    for inner in found:
        anchor = inner.cue or inner.source
        outer = next(
            (
                report
                for report in reports
                if report is not inner
                and anchor is not None
                and report.content[0] <= anchor[0] < report.content[1]
                and report.speaker != inner.speaker
            ),
            None,
        )
        if inner.via is None and outer is not None:
            inner = replace(inner, via=outer.speaker)
        result.append(inner)
    return result


def _citing(lex: Lexicon) -> re.Pattern[str]:
    """A comma then a word of citing (lexicon ``citing_words``: « citant », "quoting")."""
    found = lex.cache.get(("pattern", "citing_words"))
    if found is None:
        words = alternation(lex.words("citing_words"), loose_spacing=True)
        found = re.compile(rf"\s*,\s*(?:{words or '(?!)'})\s*", re.IGNORECASE)
        lex.cache[("pattern", "citing_words")] = found
    return found


def cited_by_outlet(text: str, after: int, end: int, lex: Lexicon) -> Span | None:
    """ "…, a rapporté le Washington Post, citant des responsables", « le JDD annonçait …,
    reprenant les propos d'une source »: right after an outlet's statement, the people it
    cites, up to the next comma or the sentence's end; they speak, the outlet relays."""
    found = _citing(lex).search(text, after, end)
    if found is None:
        return None
    stop = min((i for i in (text.find(m, found.end(), end) for m in ",;.") if i >= 0), default=end)
    cited = (found.end(), stop)
    return cited if any(c.isalpha() for c in text[cited[0] : cited[1]]) else None
