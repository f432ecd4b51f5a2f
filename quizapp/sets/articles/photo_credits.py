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
and is kept). A page that labels its pictures on lines of their own ("Image source, Brearley
Stewart", "Image caption," then the caption, the agency's "Getty Images" above it) loses the
three (``picture_labelled``, teacher58).
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.sets.articles.article_words import article_words, word_alternation
from quizapp.sets.articles.line_shapes import ends_sentence

MAX_CREDIT_WORDS = 12  # « Photo Marc Leblanc / Agence Littoral - archives »
MAX_CAPTION_WORDS = 40  # a caption ending on its credit; an article's paragraph is longer
MAX_AGENCY_WORDS = 4  # "Getty Images", "PA Media", "EPA-EFE/REX/Shutterstock" above a caption
_NAME_WORDS = article_words("name_particles")  # « Marc Leblanc / Agence du Littoral »


@cache
def _credit() -> re.Pattern[str]:
    """A credit to the end of a line: in brackets, or a label then its rest, compiled once."""
    labels = sorted(article_words("photo_credit_labels"), key=len, reverse=True)
    label = "|".join(re.escape(word).replace("'", "['’]") for word in labels)
    lead = word_alternation("photo_credit_leads")  # « Photo de Jean Roux », "Photo by …"
    return re.compile(
        rf"(?:^|(?<=[.!?…»”)])\s+|(?<!\s)(?P<inner>\s++)(?=©)|(?<!\s)\s++(?=[(\[]))(?P<open>[(\[]\s*)?(?P<label>{label})(?!\w)"
        rf"(?P<lead>\s*:|\s+(?:{lead})(?!\w))?(?P<rest>[^()\[\]]*+)(?(open)[)\]])\s*$",
        re.I,
    )


def credit_start(line: str, after_alt: bool = False) -> int:
    """Where a credit ending ``line`` starts, or -1: a label in brackets, or after a colon or
    « by », with a short rest ending no sentence; a label and capitalised names only; a label
    alone on its line. Inside a line, only after a sentence's end or in brackets (« …a pris
    une photo » ends on none), but for « © », wherever it stands when names follow it (« …d'un
    dépôt de pain © Radio France - Matthieu Bonhoure », teacher59) or the line repeats the alt
    text above it (``after_alt``): « Le Scrabble © fête ses 75 ans », a headline, went whole
    (mend59f)."""
    found = _credit().search(line.strip())
    if not found:
        return -1
    rest = found.group("rest").rstrip().strip(" :-–—,")  # read whole, then its spaces cut
    words = rest.replace("/", " / ").split()
    if len(words) > MAX_CREDIT_WORDS or (rest and ends_sentence(rest)):
        return -1
    sign = found.group("label") == "©" and not (found.group("inner") and not after_alt)
    marked = found.group("open") or found.group("lead") or sign
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
    alt = {n for n in range(1, len(lines)) if _alt_text(lines[n - 1], lines[n])}
    gone = {number for number, line in enumerate(lines) if _picture_line(line, number in alt)}
    gone |= {n - 1 for n in gone if n in alt}
    gone |= picture_labelled(lines)
    return "\n".join(line for number, line in enumerate(lines) if number not in gone)


@cache
def _picture_label() -> re.Pattern[str]:
    """A line opening on a picture's label ("Image caption", « Légende »), then a comma, a
    colon or its end: compiled once, the longest label first."""
    labels = sorted(article_words("picture_labels"), key=len, reverse=True)
    label = "|".join(re.escape(word).replace("'", "['’]") for word in labels)
    return re.compile(rf"^\s*(?P<label>{label})\s*(?:[,:]\s*(?P<rest>.*)|$)", re.I)


def _label_line(line: str) -> re.Match[str] | None:
    """``line`` read as a picture's label line, None when it is a sentence: its rest opens on a
    small letter, or after a one-word label (« Légende », "Caption") ends one, as a credit's
    rest may not (``credit_start``). « Légende, il l'était devenu dès sa première victoire »
    and "Caption: the council wants residents to name the new park." went (mend58b)."""
    found = _picture_label().match(line)
    rest = (found.group("rest") or "").strip() if found else ""
    one_word = found is not None and len(found.group("label").split()) == 1
    sentence = rest[:1].islower() or (one_word and ends_sentence(rest))
    return None if sentence or len(line.split()) > MAX_CAPTION_WORDS else found


def picture_labelled(lines: list[str]) -> set[int]:
    """The numbers of the lines a page gives a picture: a label's line ("Image source, Brearley
    Stewart"), the caption under a label alone ("Image caption," then "How the estate could
    look") and the agency's credit right above it ("Getty Images": ``_agency``). Pasted from
    a news site, the caption was drafted as a vague group's claim (teacher58)."""
    full = [n for n, line in enumerate(lines) if line.strip()]
    gone: set[int] = set()
    for at, number in enumerate(full):
        found = _label_line(lines[number])
        if not found:
            continue
        gone.add(number)
        after = full[at + 1] if at + 1 < len(full) else None
        if not (found.group("rest") or "").strip() and after is not None:
            gone |= {after} if len(lines[after].split()) <= MAX_CAPTION_WORDS else set()
        if at > 1 and _agency(lines[full[at - 1]]):  # never the headline
            gone.add(full[at - 1])
    return gone


def _agency(line: str) -> bool:
    """A picture agency's credit alone on its line: a few capitalised words holding a credit's
    word ("Getty Images") or an agency's name (``picture_agencies``: "PA Media",
    "EPA/Shutterstock"). A subhead ("Road Safety Concerns", "The NHS Response", "Either/Or
    Politics") names no picture and is kept: a word of capitals or a slash took it (mend58b)."""
    words = line.replace("/", " / ").split()
    if not words or len(words) > MAX_AGENCY_WORDS or ends_sentence(line.strip()):
        return False
    pieces = {piece for word in words for piece in re.split(r"[-‑/]", word.lower())}
    named = pieces & (article_words("photo_credit_labels") | article_words("picture_agencies"))
    return bool(named) and _names(words)


def _picture_line(line: str, after_alt: bool = False) -> bool:
    """A credit alone, or a short caption that ends on one."""
    start = credit_start(line, after_alt)
    return start >= 0 and len(line.split()) <= MAX_CAPTION_WORDS


def _alt_text(line: str, caption: str) -> bool:
    """The line above a caption is the picture's alt text: the caption opens with it."""
    words = line.strip()
    return bool(words) and caption.strip().startswith(words) and caption.strip() != words
