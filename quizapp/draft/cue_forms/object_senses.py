"""Lexicon tables for the senses of a reporting verb that report nothing, read once per
lexicon (recall13; the detect package reads them): a verb that also measures or points
(« le chômage pointe à 8 % »), one that reports only when reflexive (« s'interroge sur »), and
the circumstance that may follow the subject of a cue closing its sentence."""

from __future__ import annotations

import re
from functools import partial

from quizapp.draft.lexicon import Lexicon, alternation, built_once, verb_forms


def measure_openings(lex: Lexicon, key: str) -> dict[str, re.Pattern[str]]:
    """Each form of a verb of the lexicon's ``key`` (reflexive_measures, plain_measures) ->
    the pattern of its prepositions of measure (« s'estime à », « pointe à », « vers »)."""
    return lex.remembered("measure_openings", key, partial(_openings, lex))


def _openings(lex: Lexicon, key: str) -> dict[str, re.Pattern[str]]:
    table: dict[str, re.Pattern[str]] = {}
    for lemma, words in lex.raw.get(key, {}).items():
        pattern = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        table |= {form: pattern for form in verb_forms(lex, lemma)}
    return table


@built_once
def reflexive_only_forms(lex: Lexicon) -> frozenset[str]:
    """The forms of the verbs of prepositional_cues marked "reflexive" (« s'interroger sur »)."""
    rules = lex.raw.get("prepositional_cues", {}).items()
    return frozenset(
        f for lemma, rule in rules if rule.get("reflexive") for f in verb_forms(lex, lemma)
    )


@built_once
def closing_adjunct(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a preposition that opens an adjunct after the inverted subject (lexicon
    closing_cue_adjuncts: « …, a jugé jeudi l'IRSN, après la décision d'EDF d'arrêter… »):
    what follows is the circumstance, not more of the subject, and does not count against
    the few words a closing cue may have after it."""
    words = alternation(lex.raw.get("closing_cue_adjuncts", []), loose_spacing=True)
    return re.compile(rf",\s+(?:{words})\b" if words else r"(?!)")
