"""The outlet and the date a pasted article's dateline gives, below its headline.

A teacher who copies an article from its page into a .txt or a Word file takes the line under
the headline with it: « Publié le 2 décembre 2025 - TNTV News », "Brighton and Hove News | 21
May 2025". The editor asked her to type both again (teacher16: « Média » and « Date » empty,
"2 fields still to fill in"), and a Word file with a link base gave its web host as the
outlet (« glasgowtimes.co.uk », teacher15). The line is read; a Word file's text leaves it
out only when it is a byline or a line of labels (``without_byline``), never a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.dating.date_shapes import MONTH_NAMES, read_date
from quizapp.sets.articles.dating.outlets import (
    JOURNALIST_ROLES,
    MAX_OUTLET_WORDS,
    PART_SEPARATOR,
    is_name,
    line_outlet,
    paper_name,
)
from quizapp.sets.articles.line_shapes import ends_sentence, mostly_cut
from quizapp.sets.articles.role_owner import of_a_thing

MAX_WORDS = 14  # a dateline is short; a sentence of the article is not one
MAX_DATE_WORDS = 8  # « Publié le 2 décembre 2025 à 14h30 »: a part that is only a date
_BY = re.compile(r"^(?i:by|par)\s+(.*)$")  # "By Anna Lee", never « par arrêté », "By-election"
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


@dataclass(frozen=True)
class Dateline:
    """What the line says: either may be empty."""

    outlet: str = ""
    date: str = ""  # ISO 8601


def dateline(text: str) -> Dateline:
    """The outlet and date of the first short line after the headline (the second or third
    line holding words) that dates the article, no sentence of it (« Le maire a démissionné
    le 2 mars 2024. »); an empty Dateline when none does."""
    line = dated_line(text)
    byline_paper = _byline_paper(_undated_byline(text))  # « Par X, France Bleu » (polish53)
    if line:
        return Dateline(line_outlet(line) or _byline_paper(line) or byline_paper, read_date(line))
    return Dateline(byline_paper)


def without_byline(text: str) -> str:
    """``text`` without its dateline when that line is a byline or names only the outlet and
    the date: a Word file keeps « By Sarah Whitlock, Local Democracy Reporter | Millbrook
    Gazette | 14 January 2026 » as a paragraph, which the drafter read as a plain fact and the
    student saw under a header already giving outlet and date (ui45, ui46). A dated line that
    may be a sentence of the article (one part, no « By »/« Par » and a name; an auxiliary
    inside a part) is kept: article text lost is worse than a byline shown (mend46a). With
    no dated line, an undated byline goes too (``_undated_byline``)."""
    line = _label_line(dated_line(text)) or _undated_byline(text)
    if not line:
        return text
    lines = text.split("\n")
    index = next(n for n, each in enumerate(lines) if each.strip() == line)
    return "\n".join(lines[:index] + lines[_signed_end(lines, index) :])


def _signed_end(lines: list[str], index: int) -> int:
    """The number of the line after the byline at ``index``, or after the reporter's name the
    page gives alone on the next line (``_signature``) under a « De »/"From" byline that names
    only a role (« De : notre envoyé spécial » then « Yann Kerhervé »: the name stayed a
    paragraph, teacher57). « Par la rédaction » calls for no name, and a name the text gives
    again is the article's subject (« Marine Le Pen » under « De : notre envoyé spécial »):
    both kept (mend57b)."""
    after = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
    byline = lines[index].strip()
    if after is None or "," in byline or not _from_role(byline) or not _signature(lines[after]):
        return index + 1
    name = lines[after].strip()
    again = any(name in line for number, line in enumerate(lines) if number != after)
    return index + 1 if again else after + 1


def _signature(line: str) -> bool:
    """A reporter's name alone on its line (two to four capitalised words), or two joined by
    « et »/"and" (« Anne Roux et Paul Vidal » under « De nos envoyés spéciaux »)."""
    names = [name.split() for name in re.split(r"\s+(?:et|and)\s+", line.strip())]
    return len(names) <= 2 and all(
        MIN_LONE_NAME <= len(words) <= MAX_LONE_NAME and _name(words) for words in names
    )


def _label_line(line: str) -> str:
    """``line`` when it is a byline or a line of labels, no sentence; else empty."""
    parts = [part.strip(" .,;:") for part in PART_SEPARATOR.split(line)]
    labels_only = len(parts) > 1 and all(map(_label_part, parts))
    if not line or _reads_as_sentence(parts) or not (_byline(parts[0]) or labels_only):
        return ""
    return line


def _undated_byline(text: str) -> str:
    """The first of the second to fourth lines holding words that is a byline with no date
    ("By Helen Marsh, Education correspondent", « Par Julie Moreau »), its other parts
    labels: a browser's copy of a page gives it under the headline and standfirst, and the
    drafter made « the outlet itself » of it (teacher50); empty when none is. The line must
    stand alone (``_stands_alone``): a hard-wrapped paste's « défendu / par Christophe Béchu,
    ministre…, lors / d'une séance » lost its middle line, the speaker's name with it
    (mend50a)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    wrapped = mostly_cut(lines)
    for index in range(1, min(4, len(lines))):
        if _stands_alone(lines, index, wrapped) and (found := _undated_label(lines[index])):
            return "" if _named_elsewhere(lines, index) else found
    return ""


def is_byline(line: str) -> bool:
    """Whether ``line`` is a short byline with no date (``_undated_label``)."""
    return bool(_undated_label(line.strip()))


def _named_elsewhere(lines: list[str], index: int) -> bool:
    """A name and a role with no « By » / « Par » whose name the headline or the article
    gives again is the article's subject, a caption: « Florence Aubenas, grand reporter au
    Monde » under « Florence Aubenas reçoit le prix Albert-Londres » (review52). A byline's
    writer is not in her own headline nor her article."""
    if _BY.match(lines[index]) or _from_role(lines[index]):
        return False
    name = lines[index].partition(",")[0].strip()
    return any(name in line for number, line in enumerate(lines) if number != index)


def _stands_alone(lines: list[str], index: int, wrapped: bool) -> bool:
    """The line is a whole line of its own, no piece of a sentence: it opens on a capital
    (« Par », "By"), the next line opens no small letter (the sentence would go on there),
    and the line before is the headline, ends a sentence, or stands in a text that is not
    hard-wrapped (a web copy's standfirst often ends on no mark)."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    if not lines[index][:1].isupper() or after[:1].islower():
        return False
    return index == 1 or ends_sentence(lines[index - 1]) or not wrapped


def _undated_label(line: str) -> str:
    """``line`` when it is a short byline whose other parts are labels, no sentence."""
    parts = [part.strip(" .,;:") for part in PART_SEPARATOR.split(line)]
    short = len(line.split()) <= MAX_WORDS and not line.endswith((".", "!", "?"))
    if short and _byline(parts[0]) and all(map(_label_part, parts[1:])):
        return _label_line(line)
    return ""


def dated_line(text: str) -> str:
    """The first short line after the headline (the second or third line holding words) that
    dates the article and ends no sentence; empty when none does."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][1:3]
    for line in lines:
        if (
            read_date(line)
            and len(line.split()) <= MAX_WORDS
            and not line.endswith((".", "!", "?"))
        ):
            return line
    return ""


def _label_part(part: str) -> bool:
    """A part of a dateline that is a label, no words of the article: a short dated part
    (« Publié le 2 décembre 2025 »), a byline, or a name (« TNTV News »)."""
    words = part.split()
    if read_date(part):
        return len(words) <= MAX_DATE_WORDS
    return _byline(part) or (0 < len(words) <= MAX_OUTLET_WORDS and is_name(words))


def _byline(part: str) -> bool:
    """« Par Jean Roux », "By Anna Lee, Local Democracy Reporter": « By »/« Par » and a name
    up to the first comma, capitalised words with no figure, the first no month, weekday or
    holiday. "By Friday 6 March 2026 the council must decide" and « Par Monts et par vaux »
    are article text: losing it is worse than a byline shown (mend46a). « By » and a role in
    place of a name ("By staff writer", « Par la rédaction »; ``byline_roles``, teacher52);
    with no « By », a name and a journalist's role (``_role_byline``, paste52)."""
    found = _BY.match(part)
    if not found:
        return _from_role(part) or _role_byline(part)
    words = found.group(1).split(",")[0].split()
    return _role_words(words) or _name(words)


def _from_role(part: str) -> bool:
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


def _byline_paper(line: str) -> str:
    """The paper a byline names after a comma ("By staff writer, The News & Observer",
    « Par Julie Moreau, Le Courrier picard », « Par Mathilde Roux, France Bleu Belfort »):
    an article and a capital, or capitalised words holding no journalist's word, so that a
    reporter's role ("By Anna Lee, Local Democracy Reporter") is never taken for it; empty
    if none. teacher53's teacher typed « France Bleu … » the byline gave (polish53)."""
    first = PART_SEPARATOR.split(line)[0] if line else ""
    if not _byline(first.strip(" .,;:")):
        return ""
    papers = (part.strip(" .;:") for part in first.split(",")[1:])
    return next((" ".join(part.split()) for part in papers if paper_name(part)), "")


def _reads_as_sentence(parts: list[str]) -> bool:
    """Whether a part holds an auxiliary or a modal between two words: a clause of the
    article, not a line of labels (a last « Est » is « France 3 Grand Est »'s)."""
    return any(word.lower() in _VERBS for part in parts for word in part.split()[1:-1])
