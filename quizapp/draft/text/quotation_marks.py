"""Finding an article's quotations from their marks, joined across the paragraphs that reopen
them, before any sentence is cut (``segment.sentences`` does not end a sentence inside one).
Hand-typed pages close a « with a », a ” or a glued «, a straight mark with a curly one: each
closing rule below says which it reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quizapp.draft.text.segment import ELIDED, Span

_CLOSERS = {"«": "»", "“": "”", "„": "“", '"': '"', "‹": "›", "”": "”"}
_ELIDED_BEFORE = re.compile(rf"(?:^|\W){ELIDED}$", re.I)  # « qu'« un studio… » opens
# The characters ``_closing`` reads past an opening mark: its closer, itself (nested) and the
# glued « or “ that may close it; it jumps from one to the next, not through every character
# (speed44: a character-by-character walk of each quotation).
_MARKS_READ = {
    opener: re.compile("[" + re.escape("".join(sorted({opener, closer, "«", "“"}))) + "]")
    for opener, closer in _CLOSERS.items()
}
_STRAIGHT = re.compile('"')
# an elided word whose apostrophe was typed as a straight quotation mark (« nous n"avons »)
_STEM = ELIDED.removesuffix("['’]")
_ELIDED_STEM = re.compile(rf"(?:^|\W){_STEM}$", re.I)


def quotations(text: str, paras: list[Span]) -> list[Span]:
    """The spans of quoted passages, marks included, joined across paragraphs when reopened."""
    found: list[Span] = []
    index, straight = 0, _StraightMarks(text)
    while index < len(paras):
        start, end = paras[index]
        position = start
        while position < end:
            opener = _next_opener(text, position, end)
            if opener is None:
                break
            close = _closing(text, opener, end, straight)
            follow = index
            while close is None and follow + 1 < len(paras):
                nxt_start, nxt_end = paras[follow + 1]
                if text[nxt_start] != text[opener] and text[nxt_start] not in '«“"':
                    break
                follow += 1
                close = _closing(text, nxt_start, nxt_end, straight)
            if close is None:
                found.append((opener, paras[follow][1]))
                position = end
            else:
                found.append((opener, close + 1))
                position = close + 1
            if follow > index:
                index = follow
                end = paras[index][1]
        index += 1
    return found


_ANY_OPENER = re.compile('[«“„‹"”]')  # the marks that may open a quotation, as typed


def _next_opener(text: str, position: int, end: int) -> int | None:
    """The next mark from ``position`` that opens a quotation. Only the marks are looked at,
    found by a search, not every character in turn (tidy42)."""
    for found in _ANY_OPENER.finditer(text, position, end):
        at, char = found.start(), found.group()
        if char in "«“„‹" and not _closer_typed_as_opener(text, at, end):
            return at
        if char == '"' and (at == 0 or not text[at - 1].isalnum()):
            return at
        if char == "”" and (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isalnum():
            return at  # a closing mark typed where an opening one belongs (”My opinion…”)
    return None


def _closing(
    text: str, opener: int, end: int, straight: _StraightMarks | None = None
) -> int | None:
    """The matching closing mark in the same paragraph, allowing nested quotes of another kind
    (and of the same kind, straight, when they pair up: ``_past_inner_straight``, or
    ``straight``'s look-up that gives its answer)."""
    if text[opener] == '"':
        past = straight.past_inner if straight else _past_inner_straight
        past_inner = past(text, opener, end)
        if past_inner is not None:
            return past_inner
    open_char = text[opener]
    close_char = _CLOSERS[open_char]
    depth = 0
    for found in _MARKS_READ[open_char].finditer(text, opener + 1, end):
        at, char = found.start(), found.group()
        if open_char in "«“" and depth == 0 and _closer_typed_as_opener(text, at, end):
            return at  # « reconfinement imminent« ., “beaucoup de gauchos“.
        if char == close_char and open_char != close_char:
            if depth == 0:
                return at
            depth -= 1
        elif char == close_char and not _typed_apostrophe(text, at):
            return at
        elif char == open_char and open_char != close_char:
            depth += 1
    return _mixed_closing(text, opener, end)


def _past_inner_straight(text: str, opener: int, end: int) -> int | None:
    """« "Mon voisin me dit "ferme tes volets" mais c'était trop tard", raconte X »: a straight
    mark after a space and before a letter opens a quotation inside the straight-quoted one,
    whose own mark closes it; the outer quotation closes at the mark after. Only when such an
    inner quotation opened and closed before the outer one's closing mark, else None (hand-typed
    pages also put a space before a closing mark: « … ressources. "Le motif… »)."""
    depth, inner = 0, False
    for found in _STRAIGHT.finditer(text, opener + 1, end):  # only the straight marks count
        at = found.start()
        if _typed_apostrophe(text, at):
            continue
        spaced = text[at - 1].isspace() and text[at + 1 : at + 2].isalnum()
        if spaced and text[opener + 1 : at].strip():  # not the opener typed twice: « " "A »
            depth, inner = depth + 1, True
        elif depth:
            depth -= 1
        else:
            return at if inner else None
    return None


class _StraightMarks:
    """``_past_inner_straight`` for every opener of a text, each answer a look-up: a paragraph
    of straight marks that never pair up (« "a "b "c … ») had each opener walk every mark to
    the paragraph's end (speed59). Each mark but a typed apostrophe counts +1 when spaced
    (a space before, a letter or digit after: it opens an inner quotation) and -1 otherwise;
    the walk from an opener ends at the first mark where the running count falls below the
    count before the opener's first mark, found for all marks at once (the next smaller
    prefix, by a stack)."""

    def __init__(self, text: str) -> None:
        marks = [m.start() for m in _STRAIGHT.finditer(text)]
        self.at = [at for at in marks if not _typed_apostrophe(text, at)]
        self.spaced = [_spaced(text, at) for at in self.at]
        prefix = [0]
        for spaced in self.spaced:
            prefix.append(prefix[-1] + (1 if spaced else -1))
        self.falls = [len(prefix)] * len(prefix)  # the first later prefix below each one
        waiting: list[int] = []
        for index, count in enumerate(prefix):
            while waiting and prefix[waiting[-1]] > count:
                self.falls[waiting.pop()] = index
            waiting.append(index)

    def past_inner(self, text: str, opener: int, end: int) -> int | None:
        """What ``_past_inner_straight(text, opener, end)`` gives."""
        first = bisect_right(self.at, opener)
        if first == len(self.at) or self.at[first] >= end or not self.spaced[first]:
            return None  # no mark, or a plain one first: no inner quotation opened
        if not text[opener + 1 : self.at[first]].strip():
            return None  # the opener typed twice (« " "A »): a plain mark at depth 0
        falls = self.falls[first]  # the prefix index past the mark where the count falls
        if falls > len(self.at) or self.at[falls - 1] >= end:
            return None
        return self.at[falls - 1]


def _spaced(text: str, at: int) -> bool:
    """A straight mark after a space and before a letter or digit: it opens an inner one."""
    return text[at - 1].isspace() and text[at + 1 : at + 2].isalnum()


def _closer_typed_as_opener(text: str, at: int, end: int) -> bool:
    """« un « reconfinement imminent« . », « il « ne parle jamais«. », “des gauchos“.: a « or
    a “ glued to the word before it and followed by a space, a punctuation mark or the
    paragraph's end closes the quotation (hand-typed pages); an opening one follows a space or
    a bracket and a word follows it (« l'«expert» » opens)."""
    if text[at] not in "«“" or at == 0:
        return False
    before, after = text[at - 1], text[at + 1 : at + 2]
    glued = before.isalnum() or before in ".!?…" or _after_apostrophe(text, at)
    return glued and (at + 1 >= end or after.isspace() or after in ",.;:!?)")


def _after_apostrophe(text: str, at: int) -> bool:
    """A mark glued to an apostrophe closes a quotation (« …l'« »), unless the apostrophe
    elides a word that then opens one: « puisqu'« un studio coûte trop cher » » (recall25)."""
    return text[at - 1] in "'’" and _ELIDED_BEFORE.search(text, max(0, at - 9), at) is None


def _typed_apostrophe(text: str, at: int) -> bool:
    """« "Nous n'allons pas partir, nous n"avons plus rien" regrette X »: a straight mark
    between an elided word (« n », « l », « qu ») and the letter after it is the apostrophe
    mistyped, no closing mark; « de "déguerpis"sements » still closes."""
    return text[at + 1 : at + 2].isalpha() and bool(_ELIDED_STEM.search(text, max(0, at - 9), at))


_MIXED_CLOSERS = {'"': "”»", "“": '"', "«": "”"}


def _mixed_closing(text: str, opener: int, end: int) -> int | None:
    """A straight mark closed by a curly one ("Not a solution,” said X) or by a » ("Avec les
    nouveaux horaires… », s'inquiète X), or the reverse, or a « closed by ” (« Il nous
    assimile… ”, menace X), as hand-edited pages mix them: when the paragraph holds no mark
    of the opener's kind (nor a “ the ” would close instead, nor a « the » would)."""
    others = _MIXED_CLOSERS.get(text[opener], "")
    for other in others:
        at = text.find(other, opener + 1, end)
        inside = text[opener + 1 : at]
        if at > opener + 1 and "“" not in inside and (other != "»" or "«" not in inside):
            return at
    return None


# « » typed the wrong way round on some hand-edited pages (« : » Ce jour est historique « , a
# lancé X »): a » opening a line or after a space or a colon, words, then a « after a space
# that only punctuation or the line's end follows
_TURNED = re.compile(r"(?:^|(?<=[\s:(]))»(?=\s*\w)[^«»\n]*?\s«(?=\s*[,.;:!?)]|\s*$)", re.M)


def turned_guillemets(text: str) -> str:
    """``text`` with each quotation typed » … « written « … » (same length): never one whose »
    closes a « opened before it on its line (« « Oui » dit-il, « … »)."""
    chars = None
    for found in _TURNED.finditer(text):
        start, end = found.span()
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if line.count("«") != line.count("»"):
            continue
        chars = chars or list(text)
        chars[start], chars[end - 1] = "«", "»"
    return text if chars is None else "".join(chars)
