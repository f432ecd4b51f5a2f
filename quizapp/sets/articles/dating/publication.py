"""The page's publication line in a pasted article: left out of the text, its date read.

A browser's copy of a page takes the line that dates it: « Publié le lundi 26 août 2019 à
18:43 », "Published 3 March 2024, 10:12", « Publié le 26 août 2019 à 18:43, mis à jour le 27
août 2019 à 09:12 ». It stayed a paragraph of the article (the drafter read it as a plain
fact), and past 14 words or below a byline its date was not read either (paste52). A line is
the page's only when all of it is labels (``publication_labels``), weekdays, dates, times and
time zones (words.json): any other word makes it a sentence, which is kept. A bare date with
no label and no time (a chronology's subhead « Le 3 mars 2024 ») is kept too. Only the
page's place holds one: the first lines under the headline (review52: an event's « Samedi 12
octobre 2024 à 20h30 » in the body was lost and dated the article). A labelled line may give
its date in figures (« Publié le 03/12/2026 à 18:43 », "Updated: 2026-12-03 18:43"), read in
the order its label's language writes (dates53); a figure with no label is never a date.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from quizapp.sets.articles.article_words import article_word_lists, article_words
from quizapp.sets.articles.dating.bylines import HEAD_LINES
from quizapp.sets.articles.dating.date_shapes import (
    MONTH_NAMES,
    NUMERIC_PATTERN,
    date_pattern,
    read_date,
    read_numeric,
    written_order,
)
from quizapp.sets.articles.dating.datelines import is_byline
from quizapp.sets.articles.dating.outlets import (
    PART_SEPARATOR,
    line_name,
    line_outlet,
    outlet_before_desk,
    paper_between,
)
from quizapp.sets.articles.line_shapes import ends_sentence


def _either(words: frozenset[str]) -> str:
    """An alternation of ``words``, the longest first, spaces matching any run of them."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in ordered)


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The publication line's shape, and what in it shows the page wrote it (a label or a
    time): compiled once, from the word lists."""
    label = rf"(?:{_either(article_words('publication_labels'))})\s*:?"
    weekday = rf"(?:{_either(article_words('weekdays'))})\.?,?"
    date = rf"(?:{date_pattern(comma=True)}|{NUMERIC_PATTERN})"
    time = rf"\d{{1,2}}(?:[:.h]\d\d|h)\s*(?:{_either(article_words('time_zones'))})?"
    part = (
        rf"(?:{label}\s*)?(?:(?:le|on)\s+)?(?:{weekday}\s+)?(?:{date})?"
        rf"(?:\s*(?:,|à|at|-)?\s*{time})?"
    )
    line = rf"\s*{part}(?:\s*(?:[,;|·•–—-]|\bet\b|\band\b)\s*{part})*\s*\.?\s*"
    written = rf"(?:^|\s)(?:{label})|{time}"
    return re.compile(line, re.I), re.compile(written, re.I)


def publication_line(line: str) -> bool:
    """The line is only the page's publication labels, dates and times, one date at least."""
    return bool(publication_date(line))


def publication_date(line: str, order: bool | None = False) -> str:
    """The date (ISO 8601) of a line that is only the page's publication labels, dates and
    times; empty for any other line. A date in words may have a comma after its month (the
    line holds no count: ``date_shapes``); one in figures needs a label. A French label
    writes day first (« Publié le 03/12/2026 »); an English one may be British or American,
    so ``order`` says which the paste shows (``written_order``; None: no date when both
    numbers may be the month, polish53). Telling a page's line needs no order (False). An
    update's date is read only when no publication label dates the line (``_dated_parts``)."""
    return _first_publication(_dated_parts(line, order))


def _dated_parts(line: str, order: bool | None) -> list[tuple[str, bool]]:
    """Each date of a publication line with whether an update label gives it: « Mis à jour le
    04/12/2026, publié le 03/12/2026 » dated the article by its update (mend53c). A part
    before any label is the publication's; a date in figures needs its label."""
    shape, written = _shapes()
    line = line.strip()
    if not (shape.fullmatch(line) and written.search(line)):
        return []
    pieces = _label_anywhere().split(line)
    found = [(read_date(pieces[0], comma=True), False)]
    for label, part in zip(pieces[1::2], pieces[2::2], strict=True):
        label = " ".join(label.lower().split())
        day_first = order if _label_language(label) == "en" else True
        date = read_date(part, comma=True) or read_numeric(part, day_first=day_first)
        found.append((date, label in article_words("update_labels")))
    return [(date, update) for date, update in found if date]


def _label_language(label: str) -> str:
    """The language whose list (``publication_labels``) holds ``label``."""
    lists = article_word_lists("publication_labels")
    return next((language for language, words in lists.items() if label in words), "")


MAX_HEAD_LINES = 5  # headline, standfirst, byline, publication and update lines
# a site's menu, a rubric, a caption before « Publié le … » (many_top): the bound of the head
MAX_LABELLED_LINES = HEAD_LINES


@cache
def _label_opening() -> re.Pattern[str]:
    """A line's opening label (« Publié le », "Updated"), compiled once from the word list."""
    return re.compile(rf"\s*(?:{_either(article_words('publication_labels'))})\b", re.I)


@cache
def _label_anywhere() -> re.Pattern[str]:
    """Any label of a line as a whole word (« publié le » in « …, publié le 03/12/2026 »),
    its one group splitting the line at each, compiled once from the word list."""
    labels = _either(article_words("publication_labels"))
    return re.compile(rf"(?<!\w)({labels})(?!\w)", re.I)


def _impossible(line: str) -> bool:
    """A labelled line shaped as the page's whose date is no calendar day (« Publié le
    31/02/2026 »): still the page's line, left out, dating nothing (mend53f; mend53c kept it
    glued to the headline)."""
    shape, written = _shapes()
    dated = re.search(rf"{date_pattern(comma=True)}|{NUMERIC_PATTERN}", line, re.I)
    return bool(dated and shape.fullmatch(line.strip()) and written.search(line.strip()))


def _labelled(line: str) -> bool:
    """The line opens on a label (« Publié le », "Updated"): the page's own words."""
    return bool(_label_opening().match(line))


def _page_lines(lines: list[str], bare_too: bool = True) -> set[int]:
    """The numbers of ``lines`` that are the page's publication lines. A labelled one
    anywhere in the head (``MAX_LABELLED_LINES``) or last (« Mis à jour le … » as a footer);
    an unlabelled one among the first lines (``MAX_HEAD_LINES``) right after the headline,
    the standfirst, a byline or another such line, unless the text is a chronology
    (``_chronology``). An event's « Samedi 12 octobre 2024 à 20h30 » further in the body is
    the article's and dates nothing (review52, mend52d). ``bare_too`` false: labelled lines
    only (a saved page, a Word file, mend57b)."""
    worded = [number for number, line in enumerate(lines) if line.strip()]
    found = {
        n
        for n in worded[:MAX_LABELLED_LINES] + worded[-1:]
        if _labelled(lines[n]) and (publication_line(lines[n]) or _impossible(lines[n]))
    }
    bare = [
        n for n in worded if bare_too and publication_line(lines[n]) and not _labelled(lines[n])
    ]
    for before, number in pairwise(worded[:MAX_HEAD_LINES]):
        at_top = before in worded[:2] or before in found or is_byline(lines[before])
        if number in bare and at_top and not _chronology(lines, worded, bare, number):
            found.add(number)
    return found


def _chronology(lines: list[str], worded: list[int], bare: list[int], number: int) -> bool:
    """Another bare date line of the text stands as a subhead, after a sentence that ends
    (« Le procès s'ouvre.\nMardi 5 mars 2024, 14h »), written in the same shape as this one
    (``_date_shape``) or beside a third: the dates are a chronology's, the first one too. One
    that goes on a sentence (« La séance reprendra\nMardi 27 août 2019 à 10h ») is the body's,
    and the top line stays the page's (mend52d); so is an event's lone line written otherwise
    than the page's (« Lundi 26 août 2019, 18h43 » on top, « …chantera Bach.\nSamedi 12
    octobre 2024 à 20h30 » below: a site's template and a writer's words, dates53)."""
    place = {line_number: index for index, line_number in enumerate(worded)}
    others = [n for n in bare if n != number and place[n] > 0]
    subheads = [n for n in others if ends_sentence(lines[worded[place[n] - 1]].strip())]
    shape = _date_shape(lines[number])
    return len(subheads) > 1 or any(_date_shape(lines[n]) == shape for n in subheads)


def _date_shape(line: str) -> str:
    """How a date line is written, its words and figures aside: « Lundi 4 mars 2024, 9h »
    and « Mardi 5 mars 2024, 14h » share « W 9 W 9, 9h »; « Samedi 12 octobre 2024 à
    20h30 » is « W 9 W 9 à 9h9 » (a name of a day or a month is W)."""
    names = _either(article_words("weekdays") | MONTH_NAMES)
    named = re.sub(rf"\b(?:{names})\b", "W", line.strip().lower())
    return re.sub(r"\d+(?:er)?", "9", named)


class PagePublication(NamedTuple):
    """What the page's head lines give: the text without them, the date and the outlet."""

    kept: str
    date: str  # ISO 8601, empty when no line dates the article
    outlet: str  # a publication line's or a line's of its own (paste54), empty when none


def page_publication(text: str, paste: str = "", bare_too: bool = True) -> PagePublication:
    """``text`` without the page's publication lines (``_page_lines``) and the outlet's line
    beside them (``_outlet_lines``), the date (ISO 8601) of the first of them, empty when
    none (never an event's date from the body), and the outlet they name. All from one
    reading of the lines, a paste being read once. Its day and month are read in the order
    the whole ``paste`` (a mail's headers with it) shows, if it shows one. ``bare_too`` false
    for a saved page or a Word file: its paragraphs are the writer's, a date alone under the
    headline (« Samedi 12 octobre 2026 à 20h30 ») an event's; only a labelled line (« Publié
    le … », "Updated …") is the page's (mend57b)."""
    text = _label_joined(text)
    split = [_without_outlet(line) for line in text.split("\n")]
    lines = [dated for dated, _ in split]
    page = _page_lines(lines, bare_too)
    alone = _outlet_lines(lines, page)
    kept = "\n".join(
        line for number, line in enumerate(text.split("\n")) if number not in page | alone
    )
    order = written_order(paste or text)
    parts = [part for number in sorted(page) for part in _dated_parts(lines[number], order)]
    named = [split[n][1] for n in sorted(page) if split[n][1]] + [
        outlet_before_desk(lines[n]) or paper_between(lines[n]) for n in sorted(alone)
    ]
    return PagePublication(kept, _first_publication(parts), next(iter(named), ""))


def _label_joined(text: str) -> str:
    """``text`` with a label alone on its line ("Published", « Publié le ») and the date on
    the next made one line, as a page shows them: a news site's head copied line by line
    left both in the article and the date unread (teacher58: "Published" then "15 December
    2021"). Only in the head (``MAX_LABELLED_LINES``), and only when the two read as one
    publication line."""
    lines = text.split("\n")
    worded = [number for number, line in enumerate(lines) if line.strip()]
    for label, date in pairwise(worded[:MAX_LABELLED_LINES]):
        joined = f"{lines[label].strip()} {lines[date].strip()}"
        alone = _label_opening().fullmatch(lines[label].strip().rstrip(":").rstrip())
        if alone and publication_line(joined):
            return "\n".join([*lines[:label], joined, *lines[label + 1 : date], *lines[date + 1 :]])
    return text


MAX_DATE_WORDS = 5  # « Lundi 17 septembre 2018 », "Monday, Sep 17, 2018"


def without_page_date(text: str, date: str) -> str:
    """``text`` without a line under its headline that is only the page's own date (``date``,
    from the page's data): a saved page gives "Sep 17, 2018" as a paragraph of its own,
    which the student read as the article's first line (teacher58). Another date there
    (« Samedi 12 octobre 2026 à 20h30 ») is an event's and stays (mend57b)."""
    lines = text.split("\n")
    worded = [number for number, line in enumerate(lines) if line.strip()]
    for number in worded[:MAX_HEAD_LINES] if date else []:  # no <h1>: line 0 (mend58b)
        line = lines[number].strip()
        alone = len(line.split()) <= MAX_DATE_WORDS and not ends_sentence(line)
        if alone and read_date(line, comma=True, abbreviated=True) == date:
            return "\n".join(lines[:number] + lines[number + 1 :])
    return text


def _without_outlet(line: str) -> tuple[str, str]:
    """A line's parts but the one naming the outlet or a place, and the outlet's name: «
    Publié le 03/12/2026 - TNTV News » was kept in the text, its date and outlet unread
    (paste54). Only when one part of two or more is a name (``line_name``); else the line as
    it is and no name. A town's name (« Publié le 03/12/2026 - Saint-Aubin ») leaves the line
    but names no outlet (``line_outlet``): « Média » said « Saint-Aubin » (mend54e)."""
    parts = PART_SEPARATOR.split(line.strip())
    names = [part for part in parts if line_name(part)]
    if len(parts) < 2 or len(names) != 1:
        return line, ""
    return " | ".join(part for part in parts if part is not names[0]), line_outlet(names[0])


def _outlet_lines(lines: list[str], page: set[int]) -> set[int]:
    """The head's line that is only an outlet's name (``paper_name``), next to a byline or a
    publication line: « Par Marie Dupont » then « Sud Ouest » under the headline left the
    paper a paragraph of the article and « Média » empty (paste54). Never the headline."""
    head = [number for number, line in enumerate(lines) if line.strip()][1:MAX_HEAD_LINES]
    found = set()
    for index, number in enumerate(head):
        before, after = head[max(index - 1, 0) : index], head[index + 1 : index + 2]
        if outlet_before_desk(lines[number]) and any(
            n in page or is_byline(lines[n]) for n in before + after
        ):
            found.add(number)
        elif _between(lines, before, after, page) and paper_between(lines[number]):
            found.add(number)  # "By Sarah Jones", "Falmouth Packet", "Published …" (mend59f)
    return found


def _between(lines: list[str], before: list[int], after: list[int], page: set[int]) -> bool:
    """A byline on the line above, and a publication line on the line below."""
    return bool(before and after) and is_byline(lines[before[0]]) and after[0] in page


def _first_publication(parts: list[tuple[str, bool]]) -> str:
    """The first date no update label gives, else the first: a page's « Mis à jour le … »
    line above its « Publié le … » one never dates the article (mend53c)."""
    return next((date for date, update in parts if not update), parts[0][0] if parts else "")
