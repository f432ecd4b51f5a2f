"""Where an article names a news outlet: the outlet a statement went through (« a confié à
Politico », "told CNN"), the outlets named in a passage, a phrase that is an outlet's name.

An outlet that relays a statement is the statement's ``via``, not its speaker; an outlet
named as a subject is an organisation, never a person. The names are the lexicon's ``outlets``
list, with or without their article (« Le Parisien », « Parisien »).
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.segment import Span


def relay_outlet(phrase: str, lex: Lexicon) -> str | None:
    """The outlet a statement went through ("a confié à Politico", "told CNN"), if one is named."""
    found = _outlet_pattern(lex).search(phrase)
    return None if found is None else found.group(1).replace("’", "'").removeprefix("l'")


def outlet_mentions(text: str, span: Span, lex: Lexicon) -> list[Span]:
    """Where outlets are named in a passage ("Le Parisien", "l'AFP", "CNN")."""
    return [m.span(1) for m in _outlet_pattern(lex).finditer(text, span[0], span[1])]


@built_once
def _outlet_pattern(lex: Lexicon) -> re.Pattern[str]:
    bare = {re.sub(r"^(?:Le|La|Les|The) (?=[A-Z])", "", n) for n in lex.raw["outlets"]}
    alternatives = alternation(set(lex.raw["outlets"]) | bare)
    return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])")


def is_outlet(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` is an outlet's name, with or without its article: « l'AFP », and
    « Monde » of « a confié au Monde le maire », where « au » holds the « Le » of « Le Monde »
    (read as a person's name, it took « le maire » for itself)."""
    folded = fold(phrase).strip()
    outlets = _outlet_names(lex)
    return folded in outlets or folded.removeprefix("l'") in outlets


@built_once
def _outlet_names(lex: Lexicon) -> frozenset[str]:
    """The outlets' names, folded, each also without the article that « au » / « du » / « aux »
    / « des » contracts (« Le Monde » -> « monde », « Les Echos » -> « echos »)."""
    outlets = lex.word_set("outlets")  # listed with or without their elided article
    bare = {re.sub(r"^(?:le|les) (?=\S)", "", name) for name in outlets}
    return outlets | bare


def outlet_only_refused(cue: str, subject: str, lex: Lexicon) -> bool:
    """ "The BBC has learned that…", "BBC Sports Editor X learned…": a verb of finding out
    (lexicon ``outlet_only_cues``) reports the outlet's own reporting, so only with a subject
    that names an outlet or describes one ("the newspaper"); "parents learned there is a
    change" tells what someone came to know, not what anyone says."""
    if fold(cue) not in lex.word_set("outlet_only_cues"):
        return False
    described = fold(subject) in lex.word_set("outlet_descriptions")
    return not described and relay_outlet(subject, lex) is None
