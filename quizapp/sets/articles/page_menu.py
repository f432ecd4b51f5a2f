"""The site's menu a browser's copy takes above a pasted article's headline: left out.

A teacher who selects a whole page (Ctrl+A) before copying takes the site's navigation with
the article: « Retour », a line of region names, « Changer de région ». Pasted, « Retour »
became the article's headline and the set's title (« Retour : qui dit quoi ? »), the byline
under the real headline stayed a paragraph and the drafter read the menu as article text
(teacher53). The page's own lines show where its article starts: a labelled publication line
(« Publié le lundi 5 avril 2021 à 19:04 ») or a byline (« Par Mathilde Roux, France Bleu »)
sits right under the headline. Walking up from it over short lines (a place or a rubric:
« Lachapelle-Sous-Chaux ») and a standfirst's sentences, the headline is the top of the run of
longer lines that end no sentence; above it, lines that end no sentence and are followed by
a short one are the menu and go. A headline of fewer words than ``HEADLINE_WORDS``, a
sentence above the headline, or no such publication line or byline near the top, and the
text is kept as it is: article text lost is worse than a menu shown. A place or a rubric
between the headline and that line (« Lachapelle-Sous-Chaux », fewer words than a headline, no
sentence) goes too: the drafter asked the students where « Lachapelle-Sous-Chaux » came from.
"""

from __future__ import annotations

import re

from quizapp.sets.articles.dating.datelines import is_byline
from quizapp.sets.articles.dating.publication import MAX_LABELLED_LINES, publication_line

HEADLINE_WORDS = 4  # « Retour », « Changer de région », a place: shorter than any headline
_SENTENCE_END = (".", "!", "?", "…", ":", ";")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CRUMB_SEPARATOR = re.compile(r"\s+[>›]\s+")  # « Accueil > Info », « Sport › Football »
CRUMB_WORDS = (
    3  # a rubric's words (« Faits divers », « Côtes-d'Armor »): a headline's part is longer
)


def without_page_menu(text: str) -> str:
    """``text`` without the menu lines above its headline (module docstring), a breadcrumb
    on top with them."""
    return _above_headline(_below_breadcrumb(text))


def _below_breadcrumb(text: str) -> str:
    """``text`` from the line after a breadcrumb (``_breadcrumb``) that opens it, the menu's
    short lines above the breadcrumb going with it: « Accueil > Info > Régions » titled the
    article when no « Publié le » line followed the headline (mend57b). Kept as it is when
    nothing would stay."""
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()][:MAX_LABELLED_LINES]
    crumb = None
    for at in filled:
        if _breadcrumb(lines[at]):
            crumb = at
        elif _long(lines[at]) or _ends_sentence(lines[at]):
            break
    if crumb is None or crumb == filled[-1]:
        return text
    return "\n".join(lines[crumb + 1 :])


def _breadcrumb(line: str) -> bool:
    """A site's path to the article: two « > » or « › » or more between its rubrics (« Accueil
    > Info > Régions »), or one between short rubrics with no figure (« Sport › Football »). A
    headline may hold one « > » between longer or figured parts (« Le CAC 40 > 8 000 points
    pour la première fois », "Inflation > 5% for a third month": mend57b)."""
    parts = _CRUMB_SEPARATOR.split(line.strip())
    if len(parts) > 2:
        return all(parts)
    return len(parts) == 2 and all(_rubric(part) for part in parts)


def _rubric(part: str) -> bool:
    """A breadcrumb's item: a word or a few, no figure."""
    return 0 < len(part.split()) <= CRUMB_WORDS and not re.search(r"\d", part)


def _above_headline(text: str) -> str:
    """``text`` from its headline, the menu lines above it left out (module docstring)."""
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()][:MAX_LABELLED_LINES]
    anchor = next((at for at in filled if _page_line(lines[at])), None)
    if anchor is None:
        return text
    headline = _headline(lines, [at for at in filled if at < anchor])
    above = [at for at in filled if at < headline] if headline is not None else []
    if not above or any(_ends_sentence(lines[at]) for at in above):
        headline = filled[0]
    between = {at for at in filled if headline < at < anchor and _tag(lines[at])}
    if _ends_sentence(lines[headline]):  # no headline: the text opens on a sentence
        between = set()
    if headline == filled[0] and not between:
        return text
    kept = (line for at, line in enumerate(lines[headline:], headline) if at not in between)
    return "\n".join(kept)


def _tag(line: str) -> bool:
    """A place or a rubric between the headline and the page line (« Lachapelle-Sous-Chaux »,
    « Faits divers »): fewer words than a headline, and no sentence (« Enfin ! » is one)."""
    return not _long(line) and not _ends_sentence(line)


def _page_line(line: str) -> bool:
    """A page's publication line or byline, which sits under an article's headline."""
    return publication_line(line) or is_byline(line)


def _headline(lines: list[str], before: list[int]) -> int | None:
    """The top of the run of long lines ending no sentence nearest above the page line, past
    the short lines and the sentences right under it; ``None`` when none."""
    found = None
    for at in reversed(before):
        long_title = _long(lines[at]) and not _ends_sentence(lines[at])
        if long_title:
            found = at
        elif found is not None and not _long(lines[at]):
            return found
        elif found is not None:
            return None  # a sentence right above the headline: no menu, the article's text
    return found if found is not None and found != before[0] else None


def _long(line: str) -> bool:
    """As long as a headline may be: a menu's items and a place line are shorter. A
    breadcrumb (« Accueil > Info > Régions », ``_breadcrumb``) is the site's menu however many
    words it holds: it had become the headline (teacher57)."""
    return len(line.split()) >= HEADLINE_WORDS and not _breadcrumb(line)


def _ends_sentence(line: str) -> bool:
    """The line ends a sentence or a label (« : »), which no headline nor menu item does."""
    return line.rstrip().endswith(_SENTENCE_END)


def head_lines_apart(pasted: str, kept: str) -> str:
    """``kept`` with each line of its head (the lines above its first blank line) a paragraph
    of its own, when the paste's cleaning took lines out of that head (a menu, a rubric, a
    byline, a publication line). Those lines show a web page's copy, whose head holds one
    line per paragraph: the headline and the standfirst left alone above the blank line read
    as a hard-wrapped paragraph and were glued into one (mend53d). A line opening on a small
    letter goes on the sentence above it, as everywhere (line_shapes.py)."""
    head, rest = _head_and_rest(kept)
    if not rest or len(head) < 2 or len(_head_and_rest(pasted)[0]) <= len(head):
        return kept
    apart = head[0]
    for line in head[1:]:
        apart += ("\n" if line[:1].islower() else "\n\n") + line
    return apart + "\n\n" + rest


def _head_and_rest(text: str) -> tuple[list[str], str]:
    """The filled lines above the text's first blank line, and the text below it."""
    parts = _BLANK_LINE.split(text.strip(), maxsplit=1)
    head, rest = parts[0], parts[1] if len(parts) > 1 else ""
    return [line.strip() for line in head.split("\n") if line.strip()], rest
