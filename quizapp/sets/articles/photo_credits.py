"""A picture's credit and caption in a pasted article: left out of the text.

A browser's copy of a news page takes each picture's words with the article: its credit on a
line of its own (« (Photo : Jean Roux / Sud Ouest) », « Photo Marc Leblanc / Agence
Littoral », "Photo: Tom Reed / Wiltshire Times", "(Photo by Sam Hill/PA Images)", « © Jean
Roux »), or a short caption ending on it (« Le pont, mardi matin. (Photo : Jean Roux) »), and
often the picture's alt text right above the caption, the caption's own words again. The
drafter read each as a claim of the article and proposed to label « Jean Roux / Sud Ouest »
(paste54). A credit opens on a label (``photo_credit_labels``, words.json) and names
someone: after a colon, « by » / « de », or in brackets, any short rest that ends no
sentence; with none of those, names only (« Photos show the flooded street » is a sentence
and is kept).
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.sets.articles.article_words import article_words, word_alternation
from quizapp.sets.articles.line_shapes import ends_sentence

MAX_CREDIT_WORDS = 12  # « Photo Marc Leblanc / Agence Littoral - archives »
MAX_CAPTION_WORDS = 40  # a caption ending on its credit; an article's paragraph is longer
_NAME_WORDS = article_words("name_particles")  # « Marc Leblanc / Agence du Littoral »


@cache
def _credit() -> re.Pattern[str]:
    """A credit to the end of a line: in brackets, or a label then its rest, compiled once."""
    labels = sorted(article_words("photo_credit_labels"), key=len, reverse=True)
    label = "|".join(re.escape(word).replace("'", "['’]") for word in labels)
    lead = word_alternation("photo_credit_leads")  # « Photo de Jean Roux », "Photo by …"
    return re.compile(
        rf"(?:^|(?<=[.!?…»”)])\s+|(?<!\s)\s++(?=[(\[]))(?P<open>[(\[]\s*)?(?P<label>{label})(?!\w)"
        rf"(?P<lead>\s*:|\s+(?:{lead})(?!\w))?(?P<rest>[^()\[\]]*+)(?(open)[)\]])\s*$",
        re.I,
    )


def credit_start(line: str) -> int:
    """Where a credit ending ``line`` starts, or -1: a label in brackets, or after a colon or
    « by », with a short rest ending no sentence; a label and capitalised names only; a label
    alone on its line. Inside a line, only after a sentence's end or in brackets (« …a pris
    une photo » ends on none)."""
    found = _credit().search(line.strip())
    if not found:
        return -1
    rest = found.group("rest").rstrip().strip(" :-–—,")  # read whole, then its spaces cut
    words = rest.replace("/", " / ").split()
    if len(words) > MAX_CREDIT_WORDS or (rest and ends_sentence(rest)):
        return -1
    marked = found.group("open") or found.group("lead") or found.group("label") == "©"
    alone = not words and found.start() == 0  # « Photo d'illustration » on its own line
    return found.start() if marked or alone or _names(words) else -1


def _names(words: list[str]) -> bool:
    """Capitalised words, slashes and a name's particles (« Marc Leblanc / Agence Littoral »)."""
    named = [word for word in words if word not in "/|-–—"]
    small = [word for word in named if not word[:1].isupper() and word.lower() not in _NAME_WORDS]
    return bool(named) and not small


def without_photo_credits(text: str) -> str:
    """``text`` without its credit lines, its short captions ending on a credit, and the alt
    text a caption's line repeats (the line above it, which the caption opens with)."""
    lines = text.split("\n")
    gone = {number for number, line in enumerate(lines) if _picture_line(line)}
    gone |= {n - 1 for n in gone if n > 0 and _alt_text(lines[n - 1], lines[n])}
    return "\n".join(line for number, line in enumerate(lines) if number not in gone)


def _picture_line(line: str) -> bool:
    """A credit alone, or a short caption that ends on one."""
    start = credit_start(line)
    return start >= 0 and len(line.split()) <= MAX_CAPTION_WORDS


def _alt_text(line: str, caption: str) -> bool:
    """The line above a caption is the picture's alt text: the caption opens with it."""
    words = line.strip()
    return bool(words) and caption.strip().startswith(words) and caption.strip() != words
