"""What one part of a dateline is (datelines.py reads the lines): a byline (« Par Jean Roux »,
"By staff writer", « De : notre envoyé spécial », "Helen Marsh, Education correspondent"), a
label (a short date, a name), a reporter's name alone, or a clause of the article. Moved out
of datelines.py by tidy58 (that module had reached 297 lines): the parts' shapes here, the
lines' places in the text there.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.dating.date_shapes import MONTH_NAMES, read_date
from quizapp.sets.articles.dating.outlets import JOURNALIST_ROLES, MAX_OUTLET_WORDS, is_name
from quizapp.sets.articles.line_shapes import ends_sentence
from quizapp.sets.articles.role_owner import of_a_thing

MAX_DATE_WORDS = 8  # « Publié le 2 décembre 2025 à 14h30 »: a part that is only a date
BY = re.compile(r"^(?i:by|par)\s+(.*)$")  # "By Anna Lee", never « par arrêté », "By-election"
# « De : notre envoyé spécial », "From our correspondent in Kyiv": only a role may follow
_FROM = re.compile(r"^(?i:de|from)(?:\s*:)?\s+(.*)$")
MIN_LONE_NAME, MAX_LONE_NAME = 2, 4  # « Yann Kerhervé » alone under « De : notre envoyé spécial »
MAX_NAME_WORDS = 6  # « Par Jean-Pierre de la Fontaine et Anne Roux »
# Words after « By »/« Par » that open a date, never a name ("By March 5, 2026 the pool…",
# "By Friday", "By Christmas 2025"): the months above, weekdays and holidays. The drafter's
# lexicon has weekdays too, but sets/ may not import the drafter (test_layers).
_DATE_OPENERS = MONTH_NAMES | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "christmas", "easter", "noël", "noel", "pâques", "paques", "toussaint",
}  # fmt: skip
# lower-case words a name may hold between its capitalised ones (« Jean de la Fontaine »)
NAME_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "la", "le", "van", "von", "der", "da", "di", "et", "and"}
)
# auxiliaries and modals: one inside a part makes the line a sentence of the article (« Le
# Maire De Paris A Démissionné », "…all homes should be connected"), never a byline
_VERBS = frozenset({
    "a", "ont", "est", "sont", "sera", "seront", "va", "vont", "était", "doit", "doivent",
    "avait", "avaient", "étaient", "été", "fut", "peut", "peuvent",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "must", "should", "can",
    "could", "been", "be",
})  # fmt: skip


MAX_ROLE_WORDS = 6  # « correspondante à Lyon », "Local Democracy Reporter, The Courier"
_BYLINE_ROLES = article_words("byline_roles")  # "By staff writer": a byline with no name
_ROLE_PLACES = article_words("byline_role_places")  # « notre envoyé spécial à Kyiv »


def label_part(part: str) -> bool:
    """A part of a dateline that is a label, no words of the article: a short dated part
    (« Publié le 2 décembre 2025 »), a byline, or a name (« TNTV News »)."""
    words = part.split()
    if read_date(part):
        return len(words) <= MAX_DATE_WORDS
    return byline_part(part) or (0 < len(words) <= MAX_OUTLET_WORDS and is_name(words))


def byline_part(part: str) -> bool:
    """« Par Jean Roux », "By Anna Lee, Local Democracy Reporter": « By »/« Par » and a name
    up to the first comma, capitalised words with no figure, the first no month, weekday or
    holiday. "By Friday 6 March 2026 the council must decide" and « Par Monts et par vaux »
    are article text: losing it is worse than a byline shown (mend46a). « By » and a role in
    place of a name ("By staff writer", « Par la rédaction »; ``byline_roles``, teacher52);
    with no « By », a name and a journalist's role (``_role_byline``, paste52)."""
    found = BY.match(part)
    if not found:
        return from_role(part) or _role_byline(part)
    words = found.group(1).split(",")[0].split()
    return _role_words(words) or _name(words)


def from_role(part: str) -> bool:
    """« De : notre envoyé spécial », « De notre correspondante à Dinan, Lise Tanguy », "From
    our correspondent in Brittany": a page's byline giving the reporter's role, never a name
    (« De Gaulle à Lanvallay », « De notre envoyé spécial, on ne sait rien » are the
    article's words). A browser's copy kept it as the
    article's first paragraph and the drafter asked who said « notre envoyé spécial »
    (teacher57)."""
    found = _FROM.match(part)
    role, _, name = found.group(1).partition(",") if found else ("", "", "")
    return _role_words(role.split()) and (not name.strip() or _name(name.split()))


def _role_words(words: list[str]) -> bool:
    """The words are a byline's role (``byline_roles``), alone or followed by where the
    reporter writes from (« notre envoyé spécial à Kyiv », "our correspondent in Paris"), a
    place of one or two capitalised words and nothing after: « De notre envoyé spécial à Kyiv
    nous parviennent des images » is the article's sentence (mend57b)."""
    lowered = [word.lower() for word in words]
    return any(
        " ".join(lowered[:end]) in _BYLINE_ROLES
        and (end == len(words) or (lowered[end] in _ROLE_PLACES and _place(words[end + 1 :])))
        for end in range(1, len(words) + 1)
    )


def _place(words: list[str]) -> bool:
    """One or two capitalised words (« Kyiv », « Rennes (Ille-et-Vilaine) »), particles
    between (« le Finistère », « de Kyiv »), the last a capitalised one."""
    capitals = [word for word in words if word.lstrip("(")[:1].isupper()]
    others = [word for word in words if word not in capitals]
    return (
        1 <= len(capitals) <= 2
        and words[-1] in capitals
        and all(word.lower() in NAME_PARTICLES for word in others)
    )


def _role_byline(part: str) -> bool:
    """ "Helen Marsh, Education correspondent", « Marie Dupont, correspondante à Lyon »: a
    name of two words or more, a comma and a short role holding a journalist's word
    (``journalist_roles``, words.json; paste52). A name and any other role (« Jean Roux,
    maire de Riom ») may be a caption or the article's own words, and is kept."""
    name, comma, role = part.partition(",")
    role_words = re.findall(r"[\w'’]+", role.lower())
    if not comma or not role_words or len(role_words) > MAX_ROLE_WORDS or of_a_thing(role):
        return False
    names = name.split()
    return bool(JOURNALIST_ROLES.intersection(role_words)) and len(names) >= 2 and _name(names)


def _name(words: list[str]) -> bool:
    """Capitalised words with no figure (particles between them), the first no month,
    weekday or holiday."""
    if not words or len(words) > MAX_NAME_WORDS or re.search(r"\d", " ".join(words)):
        return False
    if words[0].lower() in _DATE_OPENERS or not words[0][:1].isupper():
        return False
    return all(word[:1].isupper() or word.lower() in NAME_PARTICLES for word in words)


def signature(line: str) -> bool:
    """A reporter's name alone on its line (two to four capitalised words), or two joined by
    « et »/"and" (« Anne Roux et Paul Vidal » under « De nos envoyés spéciaux »)."""
    names = [name.split() for name in re.split(r"\s+(?:et|and)\s+", line.strip())]
    return len(names) <= 2 and all(
        MIN_LONE_NAME <= len(words) <= MAX_LONE_NAME and _name(words) for words in names
    )


def reads_as_sentence(parts: list[str]) -> bool:
    """Whether a part holds an auxiliary or a modal between two words: a clause of the
    article, not a line of labels (a last « Est » is « France 3 Grand Est »'s)."""
    return any(word.lower() in _VERBS for part in parts for word in part.split()[1:-1])


_LONE_BY = re.compile(r"^(?i:by|par)\s*:?$")  # « Par » alone: the name is its link, below
# the lines of a page's head a byline or a labelled date may stand in, under a site's menu, a
# rubric or a caption (publication.py reads its labelled dates within the same bound)
HEAD_LINES = 12


def lone_by_joined(text: str) -> str:
    """``text`` with a byline's « Par » (or "By") alone on its line joined to the name on the
    next: a browser's copy of a France Bleu page puts the name, a link, on a line of its own.
    Left apart, the label read as no byline, and the outlet's line under the name was taken
    for the headline, the real headline above dropped as the site's menu (teacher59). Only
    in the page's head, above the article's first sentence (« Par » then « Arrêté
    Municipal » in a short body was joined and dropped, review59b), and only before a
    reporter's name (``signature``)."""
    lines = text.split("\n")
    filled = _head_lines(lines)
    for at, after in pairwise(filled):
        if _LONE_BY.match(lines[at].strip()) and signature(lines[after]):
            lines[at] = f"{lines[at].strip().rstrip(':').strip()} {lines[after].strip()}"
            del lines[after]
            return "\n".join(lines)
    return text


def _head_lines(lines: list[str]) -> list[int]:
    """The numbers of the filled lines of a page's head: at most ``HEAD_LINES``, from the
    headline to the first line after it that ends a sentence (the article's first)."""
    filled = [at for at, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    body = next((i for i, at in enumerate(filled[1:], 1) if ends_sentence(lines[at].strip())), None)
    return filled if body is None else filled[:body]
