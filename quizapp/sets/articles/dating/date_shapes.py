"""The shapes of a date in a pasted or opened article, written once for every reader.

datelines.py read « 2 décembre 2025 » and "May 21, 2025" with two patterns, and
publication.py wrote its own copy of them that also let a comma follow the month (round 52
left the two to drift: dates53). One definition now, and a caller says which of its two
freedoms it takes:

- ``comma``: "3 March, 2024", a comma between the month and the year. Right for a line that
  must be nothing but labels, dates and times (a page's publication line, where no count can
  follow); wrong for a dateline read anywhere in a short line, where « le 12 mai, 2000
  personnes » holds a count, not a year.
- ``abbreviated``: « 3 déc. 2026 », "Dec 3, 2026", a month cut short, as an e-mail's Date
  line writes it; a month is then any word that only one month's name opens with (« juil. »,
  never « jui »). Only a forwarded mail's Date line is read so.

A numeric date (« 03/12/2026 », « 3.12.2026 », "2026-12-03") is read only where the caller
knows the line is a date line and which order its language writes (``read_numeric``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_NAMES = frozenset(_MONTHS)
MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_SHORT_MONTH = r"[^\W\d_]{3,9}"  # « déc », "Sept": resolved by ``_month``
MIN_ABBREVIATION = 3  # « mar », "Dec"; « ju » opens June, July, juin and juillet
NUMERIC_PATTERN = rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}|{_YEAR}-\d\d-\d\d"
_NUMERIC = re.compile(rf"\b(\d{{1,2}})([/.-])(\d{{1,2}})\2({_YEAR})\b|\b({_YEAR})-(\d\d)-(\d\d)\b")


def date_pattern(*, comma: bool = False) -> str:
    """A written date with no groups (« 1er mars 2024 », "March 1, 2024"), for a caller's
    larger pattern; ``comma`` lets one follow the month ("1 March, 2024")."""
    after = r"\.?,?" if comma else r"\.?"
    return (
        rf"(?:\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN}){after}\s+{_YEAR}"
        rf"|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+{_YEAR})"
    )


@cache
def _shapes(comma: bool, abbreviated: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The day-first and month-first shapes, each with its groups, compiled once."""
    month = _SHORT_MONTH if abbreviated else f"(?:{MONTH_PATTERN})"
    after = r"\.?,?" if comma else r"\.?"
    day_first = rf"\b(\d{{1,2}})(?:er)?\s+({month}){after}\s+({_YEAR})\b"
    month_first = rf"\b({month})\.?\s+(\d{{1,2}}),?\s+({_YEAR})\b"
    return re.compile(day_first, re.I), re.compile(month_first, re.I)


def _month(word: str) -> int:
    """The month a name gives, or one cut short that only one month's name opens (0 if none)."""
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS[word]
    numbers = {number for name, number in _MONTHS.items() if name.startswith(word)}
    return numbers.pop() if len(numbers) == 1 and len(word) >= MIN_ABBREVIATION else 0


def read_date(line: str, *, comma: bool = False, abbreviated: bool = False) -> str:
    """« 2 décembre 2025 », "21 May 2025", "May 21, 2025" as 2025-12-02 (empty if none): the
    first day-first date of the line, else its first month-first one."""
    day_first, month_first = _shapes(comma, abbreviated)
    for shape, order in ((day_first, (0, 1, 2)), (month_first, (1, 0, 2))):
        for found in shape.finditer(line):
            day, month, year = (found.group(1 + index) for index in order)
            number = _month(month)
            if number and (found_date := calendar_iso_date(int(year), number, int(day))):
                return found_date
            if not abbreviated:  # the first named month decides, as datelines.py always read
                return ""
    return ""


def read_numeric(line: str, *, day_first: bool | None) -> str:
    """The first numeric date of the line as ISO 8601 (empty if none or impossible): a year
    first is ISO's order; else a number above 12 is the day, and two that may be either are
    read in the order of the line's language (« 03/12/2026 » in French is 3 December,
    "12/03/2026" in American English is too). With no known order (``day_first`` None: an
    English label, British or American) two such numbers give no date: a wrong date is
    worse than none (polish53)."""
    found = _NUMERIC.search(line)
    if not found:
        return ""
    if found.group(5):
        year, month, day = int(found.group(5)), int(found.group(6)), int(found.group(7))
    else:
        first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        if day_first is None and first != second and max(first, second) <= 12:
            return ""
        day_is_first = first > 12 or (bool(day_first) and second <= 12)
        day, month = (first, second) if day_is_first else (second, first)
    return calendar_iso_date(year, month, day)


def calendar_iso_date(year: int, month: int, day: int) -> str:
    """The day as ISO 8601, empty when the calendar has no such day: « 31/02/2026 » or
    « 29 février 2027 » dated a set its validation then refused, the editor having said
    nothing was wrong (mend53c); a day up to 31 was all that was checked. The one calendar
    check for a pasted date (``read_date``) and a teacher's typed one
    (``sets/editing/dates.typed_iso_date``, tidy54)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def written_order(text: str) -> bool | None:
    """Whether ``text`` writes its dates day first (True), month first (False) or does not
    tell (None): a numeric date with a number above 12 (« 25/12/2026 »), else a date in words
    in one order only ("3 December 2026" is British, "December 3, 2026" American)."""
    for found in _NUMERIC.finditer(text):
        first, second = int(found.group(1) or 0), int(found.group(3) or 0)
        if first > 12 >= second or second > 12 >= first:
            return first > 12
    day_first, month_first = _shapes(False, False)
    orders = {shape is day_first for shape in (day_first, month_first) if shape.search(text)}
    return orders.pop() if len(orders) == 1 else None
