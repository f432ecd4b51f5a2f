"""The outlet and the date a pasted article's dateline gives, below its headline.

A teacher who copies an article from its page into a .txt or a Word file takes the line under
the headline with it: « Publié le 2 décembre 2025 - TNTV News », "Brighton and Hove News | 21
May 2025". The editor asked her to type both again (teacher16: « Média » and « Date » empty,
"2 fields still to fill in"), and a Word file with a link base gave its web host as the
outlet (« glasgowtimes.co.uk », teacher15). The line is read; a Word file's text leaves it
out only when it is a byline or a line of labels (``without_byline``), never a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.sets.articles.dating.bylines import (
    BY,
    byline_part,
    from_role,
    label_part,
    reads_as_sentence,
    signature,
)
from quizapp.sets.articles.dating.date_shapes import read_date
from quizapp.sets.articles.dating.outlets import PART_SEPARATOR, line_outlet, paper_name
from quizapp.sets.articles.line_shapes import ends_sentence, mostly_cut

MAX_WORDS = 14  # a dateline is short; a sentence of the article is not one


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
    page gives alone on the next line (``signature``) under a « De »/"From" byline that names
    only a role (« De : notre envoyé spécial » then « Yann Kerhervé »: the name stayed a
    paragraph, teacher57). « Par la rédaction » calls for no name, and a name the text gives
    again is the article's subject (« Marine Le Pen » under « De : notre envoyé spécial »):
    both kept (mend57b)."""
    after = next((n for n in range(index + 1, len(lines)) if lines[n].strip()), None)
    byline = lines[index].strip()
    if after is None or "," in byline or not from_role(byline) or not signature(lines[after]):
        return index + 1
    name = lines[after].strip()
    again = any(name in line for number, line in enumerate(lines) if number != after)
    return index + 1 if again else after + 1


def _label_line(line: str) -> str:
    """``line`` when it is a byline or a line of labels, no sentence; else empty."""
    parts = [part.strip(" .,;:") for part in PART_SEPARATOR.split(line)]
    labels_only = len(parts) > 1 and all(map(label_part, parts))
    if not line or reads_as_sentence(parts) or not (byline_part(parts[0]) or labels_only):
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
    if BY.match(lines[index]) or from_role(lines[index]):
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
    if short and byline_part(parts[0]) and all(map(label_part, parts[1:])):
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


def _byline_paper(line: str) -> str:
    """The paper a byline names after a comma ("By staff writer, The News & Observer",
    « Par Julie Moreau, Le Courrier picard », « Par Mathilde Roux, France Bleu Belfort »):
    an article and a capital, or capitalised words holding no journalist's word, so that a
    reporter's role ("By Anna Lee, Local Democracy Reporter") is never taken for it; empty
    if none. teacher53's teacher typed « France Bleu … » the byline gave (polish53)."""
    first = PART_SEPARATOR.split(line)[0] if line else ""
    if not byline_part(first.strip(" .,;:")):
        return ""
    papers = (part.strip(" .;:") for part in first.split(",")[1:])
    return next((" ".join(part.split()) for part in papers if paper_name(part)), "")
