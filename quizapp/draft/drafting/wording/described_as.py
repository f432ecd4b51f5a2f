"""Reported words that are a verb of describing's object and what it is described as ("described
the design of the scheme as "bland"", "described himself as extremely concerned"): after
"claims that" they made no sentence ("Who claims that the design of the scheme as "bland"…?",
"Andrew Wallis claims that himself as "extremely concerned…"": teacher58 counted four such
prompts in the English corpus, teacher59 fixed them). What the speaker asserts is that the
object is what she calls it, so a question reports it with "is" (or "was", "are", "were"):
"claims that the design of the scheme was "bland"". Only after a cue of describing
(phrasing.json ``described_as``), and only when the words before "as" are a noun phrase with no
verb of their own ("the runway plans would act as a boost" is a clause and is left as written);
a reflexive object is the speaker ("himself" → "he"). English only: a French « qualifie X de
Y » is reported with « que » by its own rules.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.drafting.wording.speaker_openings import takes_plural
from quizapp.draft.words.lexicon import folded_words

_OBJECT_AS = re.compile(r"(?P<object>[^\s\d][^.;:!?“”\"]*?)\s+as\s+(?=\S)")
MAX_OBJECT_WORDS = 8  # "the atmosphere at the meeting of the parish council" at most


def with_be(words: str, cue: str, language: str) -> str | None:
    """The reported ``words`` with their object's "as" read as a form of "to be" when ``cue``
    describes and the words are an object then "as", else None."""
    table = phrasing_lexicon().get(language, {}).get("described_as", {})
    cue_words = set(folded_words(cue))
    if not set(table.get("cues", [])) & cue_words:
        return None
    found = _OBJECT_AS.match(words)
    subject = _subject(found, table, language) if found else None
    if found is None or subject is None:
        return None
    plural = subject in table.get("plural_pronouns", []) or takes_plural(subject, language)
    tense = "past" if cue_words & set(table.get("past_cues", [])) else "present"
    be = table["be"][tense]["plural" if plural else "singular"]
    return f"{subject} {be} {words[found.end() :]}"


def _subject(found: re.Match[str], table: dict[str, Any], language: str) -> str | None:
    """The described object ``words`` as the subject of "to be", or None when it is no noun
    phrase or its number or end is unsure (an "and" or an "as" inside: "measures such as
    fines", "the plan and the budget"; a capitalised plural "Campaigners"): the question
    then keeps the quotation's wording (mend59f; ``compound_as``: the first "as" is one of
    "such as", "as well as"). A reflexive or object pronoun alone says who as a subject
    ("him" → "he")."""
    words = found.group("object")
    object_words = folded_words(words)
    if len(object_words) > MAX_OBJECT_WORDS or has_verb(words, language):
        return None
    if _compound_as(found, table.get("compound_as", {})):
        return None
    if object_words[0] in table.get("not_openers", []):  # "described by attendees as": the passive
        return None
    if set(object_words) & set(table.get("unsure_words", [])):
        return None
    last = words.split()[-1]
    if last[:1].isupper() and last.endswith("s") and not takes_plural(words, language):
        return None
    return table.get("reflexives", {}).get(words.lower(), words)


def _compound_as(found: re.Match[str], compound: dict[str, list[str]]) -> bool:
    """Whether the first "as" is one of "such as" or "as well as", not the describing one."""
    before = folded_words(found.group("object"))[-1:]
    after = folded_words(found.string[found.end() :])[:1]
    return bool(
        set(before) & set(compound.get("before", [])) or set(after) & set(compound.get("after", []))
    )
