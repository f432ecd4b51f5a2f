"""Speech nested in an outlet's report: « Le New York Times a indiqué que des responsables ont
déclaré que… », « Selon le quotidien, des diplomates estiment que… ». The outer statement is
the outlet's; the inner one is the officials', and it reached the reader through the outlet,
which is recorded as its relay (``via``), the officials keeping their own label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once


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


@built_once
def _citing(lex: Lexicon) -> re.Pattern[str]:
    """A comma then a word of citing (lexicon ``citing_words``: « citant », "quoting")."""
    words = alternation(lex.words("citing_words"), loose_spacing=True)
    return re.compile(rf"\s*,\s*(?:{words or '(?!)'})\s*", re.IGNORECASE)


def cited_by_outlet(text: str, after: int, end: int, lex: Lexicon) -> Span | None:
    """ "…, a rapporté le Washington Post, citant des responsables", « le JDD annonçait …,
    reprenant les propos d'une source », « Le Soir écrivait, en s'appuyant sur "une bonne
    source", que… »: right after an outlet's cue, the people it cites (quotation marks
    aside), up to the next comma or the sentence's end; they speak, the outlet relays."""
    found = _citing(lex).search(text, after, end)
    if found is None:
        return None
    stop = min((i for i in (text.find(m, found.end(), end) for m in ",;.") if i >= 0), default=end)
    cited = (found.end(), stop)
    quoted = _QUOTED.fullmatch(text, cited[0], cited[1])  # « s'appuyant sur "une source" »
    cited = quoted.span(1) if quoted else cited
    return cited if any(c.isalpha() for c in text[cited[0] : cited[1]]) else None


def outlet_by_its_name(window: str, lex: Lexicon) -> str | None:
    """An outlet the lexicon does not list, known by the kind of name it bears (« auprès de
    Radio Lunel », « au micro de Télé Vallée »): after a relay marker of more than one word,
    a capitalised name that opens on a word of ``outlet_name_heads``; None otherwise (« au
    micro de Jean Morel »: a journalist, not an outlet)."""
    outlet = _outlet_name(lex).search(window)
    return outlet.group(1) if outlet else None


@built_once
def _outlet_name(lex: Lexicon) -> re.Pattern[str]:
    """A relay marker of more than one word, then a name opening on ``outlet_name_heads``."""
    markers = alternation([m for m in lex.words("relay_markers") if " " in m])
    heads = alternation(lex.raw.get("outlet_name_heads", []))
    name = r"(?:[\s-]+(?:(?:de|du|des)\s+)?(?:[ld]['’])?[A-ZÀ-Ý][\w’'-]*){1,3}"
    opening = r"\s+(?:la\s+|le\s+|l['’])?"
    return re.compile(rf"(?i:{markers or '(?!)'}){opening}((?:{heads or '(?!)'}){name})")


_QUOTED = re.compile(r"\s*[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]\s*")
