"""Whether the words before a verb end with a subject and its apposition, read on the text
alone: « le procureur de Paris, François Molins, » (a noun phrase and its apposed name), « Éric
Myon, pharmacien titulaire, » (a name and an apposition without article). The detectors test it
before a verb (``detect/clauses``, ``detect/quoted``, ``inverted_subjects/clauses``) and
``clause/subjects/apposed_subject`` widens a subject with it.

Moved out of clause/subjects/apposed_subject.py (tidy41), which had reached 307 lines: these
readers need a string and the lexicon, no sentence view, and the detectors that use them need
not reach into the subject finders for them.
"""

from __future__ import annotations

import re

from quizapp.draft.reporting.english_cue_forms.setting_names import connective_length
from quizapp.draft.text.sentence.apposition import NAME_ASIDE, QUOTED_NAME
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once

# "le procureur de Paris, François Molins," before a verb: a subject with its apposed name.
APPOSED_NAME_BEFORE = re.compile(
    r"\b(?:le|la|les|l['’]|son|sa|ses|leur)\s[^,]{2,60},\s*[A-ZÀ-Ö][\w'’-]+"
    r"(?:\s+(?:de\s+|d['’]|le\s+|la\s+)?[A-ZÀ-Ö][\w'’-]+){0,3}\s*,\s*$"
)


def apposed_subject_before(before: str, lex: Lexicon) -> bool:
    """ "Le procureur, François Molins, a détaillé…", « Marie Lenoir, pharmacienne, évoque… »:
    the text before a verb ends with a noun phrase and its apposed name, or a name and its
    apposition without article, that open the clause, so they are the verb's subject; not
    "…a capturé des images de la planète rouge, Deimos, a annoncé l'ESA"."""
    found = APPOSED_NAME_BEFORE.search(before) or _titled_name(lex).match(before)
    start = found.start() if found else bare_apposed_name(before, lex, 16)
    if start is None:
        return False
    lead = before[:start]
    return len(lead.split()) <= 3 or lead.rstrip().endswith(",")


# a first name and a surname (« Éric Myon », « Ursula von der Leyen »), capitals accented too
# (shared with uncued/rules/inside_quotes/told_inside, mend43a: a name telling inside a quotation)
FULL_NAME = (
    r"(?:[A-ZÀ-Ý][\w.'’-]*\s+(?:(?:de|du|van|von|der|den|da|di|le|la|et)\s+)*){1,3}"
    r"[A-ZÀ-Ý][\w'’-]+"
)
_FULL_NAME = re.compile(rf"(?:^|[,:])\s*({FULL_NAME})")
# a word of an apposition, or a name in quotation marks (« membre du collectif “Stop
# éoliennes Spontin” », recall23v; sentence/apposition.QUOTED_NAME)
_APPOSED_WORD = rf"(?:[^,;:.«»\"“”]|{QUOTED_NAME})"
# what may stand between the name and the subject piece: « (UDI) » set aside, a lower-case
# title after the name (« Claude Compain le maire de P. »), then appositions between commas
# (a conjunction opens a clause, not an apposition)
_APPOSITION_TAIL = re.compile(
    rf"(?:\s+(?:le|la|l['’])\s*[a-zà-ÿ]{_APPOSED_WORD}{{0,60}})?"
    r"(?:\s*,\s*(?!(?:et|mais|puis|car|or|donc|que|qu['’])\b)[a-zà-ÿ\d]"
    rf"{_APPOSED_WORD}{{0,80}})*\s*,?\s*"
)


@built_once
def _titled_name(lex: Lexicon) -> re.Pattern[str]:
    """A sentence opening on a title and a name, then appositions only: « La sénatrice
    Vanina X, membre du groupe Les Indépendants – République et territoires au Sénat, »
    (speakers57); the articles and the words that open a clause instead of an apposition
    from the lexicon (``titled_name_articles``, ``apposition_breaking_words``: mend57f)."""
    articles = alternation(lex.words("titled_name_articles")) or "(?!)"
    breaking = alternation(lex.words("apposition_breaking_words")) or "(?!)"
    return re.compile(
        rf"\W*(?i:{articles})\s*[a-zà-ÿ'’-]{{3,}}\s+{FULL_NAME}"
        rf"(?:\s*,\s*(?!(?:{breaking})\b)[a-zà-ÿ][^,;:.«»\"“”]{{0,100}})+\s*,\s*$"
    )


# a nickname a name carries before its apposition: « Jean X dit « Jeannot », le fondateur, »
def _nickname(lex: Lexicon) -> str:
    """« dit « Jojo » », « alias « le Grand » »: a word of the lexicon's ``alias_words`` and
    a quoted name (``QUOTED_NAME``) after a person's name (mend32b: the words were written
    here)."""
    return rf"\s+(?:{alternation(lex.words('alias_words')) or '(?!)'})\s+{QUOTED_NAME}"


@built_once
def _aside(lex: Lexicon) -> re.Pattern[str]:
    """The asides between a name and its apposition: « (UDI) », a nickname."""
    return re.compile(rf"{NAME_ASIDE}|{_nickname(lex)}")


@built_once
def nickname_at_end(lex: Lexicon) -> re.Pattern[str]:
    """A nickname closing the words before the apposition, before its comma."""
    return re.compile(rf"{_nickname(lex)}(?=\s*,\s*$)")


def bare_apposed_name(before: str, lex: Lexicon, most_words: int = 40) -> int | None:
    """Where a name starts that opens its clause (the sentence, or after a comma or a colon)
    and is followed, up to the end of ``before``, only by appositions without article set
    off by commas or parentheses (« Éric Myon, pharmacien titulaire, », « X (UDI), président
    de la fédération, des syndicats de France, »); None when there is no such name."""
    if not re.search(r"[,)]\s*$", before):
        return None  # the apposition must be set off: not « X a dit que pharmaciens… »
    for name in reversed(list(_FULL_NAME.finditer(before))):
        connective = connective_length(name.group(1), lex)  # "But Jane Roe, chair of…,"
        if not connective and name.group(1).split()[0] in lex.raw_set("function_words"):
            continue  # "In Paris, officials said": a setting opens the sentence, no name
        tail = _aside(lex).sub("", before[name.end(1) :])
        if len(tail.split()) <= most_words and _APPOSITION_TAIL.fullmatch(tail):
            return name.start(1) + connective
    return None
