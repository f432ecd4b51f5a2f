"""Quotations between single marks: ‘We are devastated,’ said Mrs Jones; 'Vraiment ?', a
lancé Me Hayat; ‹ Non ›, dit-il.

Many English outlets quote speech between single marks, whose closing mark is also the
apostrophe (It’s, the residents’ group); Swiss and Belgian French outlets often do too, with a
straight ' or with ‹ ›. The rules read double marks, so the drafter reads such an article
through a copy where each single quotation is written with “ and ”: the same number of
characters, hence the same offsets, so every finding still points into the article as written.
"""

from __future__ import annotations

import re

from quizapp.draft.text.quotation_marks import quotations, turned_guillemets
from quizapp.draft.text.segment import paragraphs

_OPENER = re.compile(r"(?<![\w’'])‘(?=\S)")


def doubled_single_marks(text: str) -> str:
    """``text`` with each pair of single marks typed for a double one (‘’Les eaux…’’, confie X:
    a habit of Senegalese outlets) written “ and ” with a space inside, as « » are spaced: the
    same number of characters, so the offsets hold."""
    if "’’" not in text and "‘‘" not in text:
        return text
    text = _DOUBLED_OPENER.sub("“ ", text)
    return _DOUBLED_CLOSER.sub(" ”", text)


# A pair of single marks after a line start, a space or a bracket and before a word opens;
# one after a non-space and before no letter closes.
_DOUBLED_OPENER = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:]))[‘’]’(?=[\w«…])|(?:(?<=^)|(?<=[\s(\[:]))‘‘(?=[\w«…])", re.M
)
_DOUBLED_CLOSER = re.compile(r"(?<=\S)’’(?!\w)")


def as_double_quotes(text: str) -> str:
    """``text`` with each ‘…’ quotation written “…”, and each '…' one too (teacher15: a
    Glasgow Times story republished with straight marks, « Sir Mark told BBC Radio 4's Today
    programme: 'I'm not going to… » read « I » as an anonymous source); apostrophes are left
    alone."""
    text = _straight_quotations(doubled_single_marks(text))
    if "‘" not in text:
        return text
    chars = list(text)
    for opener in _OPENER.finditer(text):
        at = opener.start()
        if chars[at] != "‘":
            continue
        close = _closing(text, at)
        if close is not None:
            chars[at], chars[close] = "“", "”"
        elif _reopened_next(text, at):
            chars[at] = "“"  # a quotation going on in the next paragraph, reopened there
    return "".join(chars)


def _closing(text: str, opener: int) -> int | None:
    """The ’ that closes the quotation opened at ``opener``, in the same paragraph."""
    end = text.find("\n", opener)
    end = len(text) if end < 0 else end
    depth = 0
    for at in range(opener + 1, end):
        char = text[at]
        if char == "‘" and not text[at - 1].isalnum():
            depth += 1
        elif char == "’" and not _apostrophe(text, at):
            if depth == 0:
                return at
            depth -= 1
    return None


def _apostrophe(text: str, at: int) -> bool:
    """A ’ inside a word (It’s, don’t), or after a plural before its noun (the residents’ group)."""
    after = text[at + 1 : at + 3]
    if after[:1].isalnum():
        return True
    return text[at - 1 : at] == "s" and after[:1] == " " and after[1:2].islower()


# An English straight opening mark: at a line start or after a space, a bracket, a colon or
# a dash, before a letter or a figure ('We…', '90…'); never inside a word (Today's).
_STRAIGHT_OPENER = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–]))'(?=[A-Za-z0-9…])", re.M)


def _straight_quotations(text: str) -> str:
    """``text`` with each '…' quotation outside a double one written “…”, a quotation going
    on in the next paragraph opened there too; a mark inside a word (I'm), after a plural
    before its noun (the officers' union) or inside “…” is left alone."""
    openers = [m.start() for m in _STRAIGHT_OPENER.finditer(text)]
    if not openers:
        return text
    doubles = quotations(text, paragraphs(text))
    chars, after = list(text), 0
    for at in openers:
        if at < after or any(start < at < end for start, end in doubles):
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        close = next((i for i in range(at + 2, end) if _straight_closer(text, i)), None)
        if close is not None:
            chars[at], chars[close], after = "“", "”", close + 1
        elif _reopened_next(text, at, "'"):
            chars[at] = "“"
    return "".join(chars)


def _straight_closer(text: str, at: int) -> bool:
    return text[at] == "'" and not text[at - 1].isspace() and not _apostrophe(text, at)


def _reopened_next(text: str, opener: int, mark: str = "‘") -> bool:
    """The quotation opened at ``opener`` and not closed in its paragraph goes on: the next
    paragraph reopens it, or it opens the article's last paragraph (english20: the closing
    mark of a quotation over several paragraphs lost where the excerpt ends, as a “ there is
    read)."""
    end = text.find("\n", opener)
    if end < 0 or not text[end:].strip():
        return _opens_paragraph(text, opener)
    following = re.match(r"\s*(\S)", text[end:])
    return following is not None and following.group(1) == mark


def _opens_paragraph(text: str, at: int) -> bool:
    """Only spaces stand between the line start and ``at``."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


# French: an opening mark after a space, a bracket or a colon and before a word; its closing
# mark after a non-space and before no letter. An elided apostrophe (l'a, aujourd’hui) has a
# letter on both sides, so it is neither.
_FR_OPENER = re.compile(r"(?:(?<=^)|(?<=[\s(\[:]))(?:'(?=[\w«…])|‘(?=[\w«…])|‹)", re.M)
_FR_CLOSERS = {"'": re.compile(r"(?<=\S)'(?!\w)"), "‘": re.compile(r"(?<=\S)’(?!\w)")}
_FR_CLOSERS["‹"] = re.compile("›")


def as_french_double_quotes(text: str) -> str:
    """``text`` with each quotation between single marks ('…', ‘…’, ‹…›) written “…”, as
    outlets that quote speech that way use them like « »; apostrophes and a single quotation
    nested in a double one (« il dit 'non' ») are left alone; guillemets typed the wrong way
    round (» … «) are turned first (``quotation_marks.turned_guillemets``, headlines36)."""
    text = doubled_single_marks(turned_guillemets(text))
    openers = [m.start() for m in _FR_OPENER.finditer(text)]
    if not openers:
        return text
    doubles = quotations(text, paragraphs(text))
    chars = list(text)
    after = 0  # a mark inside a quotation just rewritten is nested in it
    for at in openers:
        if at < after or any(start < at < end for start, end in doubles):
            continue
        line_end = text.find("\n", at)
        close = _FR_CLOSERS[text[at]].search(text, at + 2, len(text) if line_end < 0 else line_end)
        if close is not None:
            chars[at], chars[close.start()] = "“", "”"
            after = close.end()
    return "".join(chars)


_TYPED_DASH = re.compile(r"(?<=\s)--(?=\s)")


def typed_dashes(text: str) -> str:
    """``text`` with a spaced dash typed as two hyphens (« …justifié -- Paul Roy, maire ») written
    as an em dash and a space, so the signature rules read it as the dash it stands for
    (quotes59: a broadcaster's pull quote signed so); the length is kept, so every span read
    in the text stands where it stood in the article."""
    return _TYPED_DASH.sub("— ", text)


def as_french_text(text: str) -> str:
    """A French text as the drafter reads it: a dash typed as two hyphens written as one
    (``typed_dashes``), then single marks used as double ones written as double ones
    (``as_french_double_quotes``); both keep the length (review59a: the dashes were rewritten
    inside the function about quotation marks)."""
    return as_french_double_quotes(typed_dashes(text))
