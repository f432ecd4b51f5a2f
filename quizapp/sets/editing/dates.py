"""A date as teachers type it in the editor's « Date » field (30/11/2026, 30.11.2026,
30-11-2026) turned into the ISO form the question file keeps (2026-11-30). The calendar check
is the one a pasted article's date goes through (``date_shapes.calendar_iso_date``, tidy54).
"""

from __future__ import annotations

import re

from quizapp.sets.articles.dating.date_shapes import calendar_iso_date

WRITTEN = re.compile(r"\s*(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*")


def typed_iso_date(text: str, day_first: bool = True) -> str | None:
    """``text`` as YYYY-MM-DD when it is a real date written with / . or -, else None.

    ``day_first`` False (an English interface) reads 11/30/2026 as month/day; when the order
    cannot be told (both numbers 12 or less) it is left as written, never guessed.
    """
    found = WRITTEN.fullmatch(text)
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    if found.group(2) == "." or day_first:
        day, month = first, second
    elif first > 12 or second > 12:
        day, month = max(first, second), min(first, second)
    else:
        return None
    return calendar_iso_date(year, month, day) or None
