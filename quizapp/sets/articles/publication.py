"""The page's publication line in a pasted article: left out of the text, its date read.

A browser's copy of a page takes the line that dates it: « Publié le lundi 26 août 2019 à
18:43 », "Published 3 March 2024, 10:12", « Publié le 26 août 2019 à 18:43, mis à jour le 27
août 2019 à 09:12 ». It stayed a paragraph of the article (the drafter read it as a plain
fact), and past 14 words or below a byline its date was not read either (paste52). A line is
the page's only when all of it is labels (``publication_labels``), weekdays, dates, times and
time zones (words.json): any other word makes it a sentence, which is kept. A bare date with
no label and no time (a chronology's subhead « Le 3 mars 2024 ») is kept too. Only the
page's place holds one: the first lines under the headline (review52: an event's « Samedi 12
octobre 2024 à 20h30 » in the body was lost and dated the article).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.datelines import MONTH_PATTERN, is_byline, read_date
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
    date = (
        rf"(?:\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d"
        rf"|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
    )
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
    shape, written = _shapes()
    line = line.strip()
    return bool(read_date(line) and shape.fullmatch(line) and written.search(line))


MAX_HEAD_LINES = 5  # headline, standfirst, byline, publication and update lines
MAX_LABELLED_LINES = 12  # a site's menu, a rubric, a caption before « Publié le … » (many_top)


@cache
def _label_opening() -> re.Pattern[str]:
    """A line's opening label (« Publié le », "Updated"), compiled once from the word list."""
    return re.compile(rf"\s*(?:{_either(article_words('publication_labels'))})\b", re.I)


def _labelled(line: str) -> bool:
    """The line opens on a label (« Publié le », "Updated"): the page's own words."""
    return bool(_label_opening().match(line))


def _page_lines(lines: list[str]) -> set[int]:
    """The numbers of ``lines`` that are the page's publication lines. A labelled one
    anywhere in the head (``MAX_LABELLED_LINES``) or last (« Mis à jour le … » as a footer);
    an unlabelled one among the first lines (``MAX_HEAD_LINES``) right after the headline,
    the standfirst, a byline or another such line, unless the text is a chronology
    (``_chronology``). An event's « Samedi 12 octobre 2024 à 20h30 » further in the body is
    the article's and dates nothing (review52, mend52d)."""
    worded = [number for number, line in enumerate(lines) if line.strip()]
    found = {
        n
        for n in worded[:MAX_LABELLED_LINES] + worded[-1:]
        if _labelled(lines[n]) and publication_line(lines[n])
    }
    bare = [n for n in worded if publication_line(lines[n]) and not _labelled(lines[n])]
    for before, number in pairwise(worded[:MAX_HEAD_LINES]):
        at_top = before in worded[:2] or before in found or is_byline(lines[before])
        if number in bare and at_top and not _chronology(lines, worded, bare, number):
            found.add(number)
    return found


def _chronology(lines: list[str], worded: list[int], bare: list[int], number: int) -> bool:
    """Another bare date line of the text stands as a subhead, after a sentence that ends
    (« Le procès s'ouvre.\nMardi 5 mars 2024, 14h »): the dates are a chronology's, the first
    one too. One that goes on a sentence (« La séance reprendra\nMardi 27 août 2019 à 10h »)
    is the body's, and the top line stays the page's (mend52d)."""
    place = {line_number: index for index, line_number in enumerate(worded)}
    others = [n for n in bare if n != number and place[n] > 0]
    return any(ends_sentence(lines[worded[place[n] - 1]].strip()) for n in others)


def page_publication(text: str) -> tuple[str, str]:
    """``text`` without the page's publication lines (``_page_lines``), and the date (ISO
    8601) of the first of them, empty when none: never an event's date from the body. Both
    from one reading of the lines, a paste being read once."""
    lines = text.split("\n")
    page = _page_lines(lines)
    kept = "\n".join(line for number, line in enumerate(lines) if number not in page)
    return kept, read_date(lines[min(page)].strip()) if page else ""
