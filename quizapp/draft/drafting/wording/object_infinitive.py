"""Reported words that are a verb's object and an infinitive ("is calling for festival
organisers to change the closures", "urged residents to write to the council"): after
"claims that" they made no sentence ("Who claims that festival organisers to change…?",
questions51 and questions52 read it in three English drafts). What such a cue asks for is
what should happen, so a question reports it with "should": "claims that festival
organisers should change the closures". Only after a cue of asking or wanting (phrasing.json
``object_infinitive``), and only when the words before "to" hold no verb and the word after
it is a verb in its base form: "the road to the town was closed", "the parts closest to them"
are left as written, and so is a preposition "to" before a noun ("called for an end to
speculation", "access to public records": review52 read "an end should speculation"), or an
infinitive that completes a noun ("a right to reply", "a decision to throw out the plans").
The lexicon's verbs are read, English only: a French wish is reported with « que »."""

from __future__ import annotations

import re

from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.words.lexicon import folded_words, load

_OBJECT_TO = re.compile(r"(?P<object>[^\s\d][^.;:!?“”\"]*?)\s+to\s+(?=(?P<verb>[a-z]+)\b)")
MAX_OBJECT_WORDS = 6  # "the residents of the three streets around the market" at most


def with_should(words: str, cue: str, language: str, lowered: frozenset[str]) -> str | None:
    """The reported ``words`` with their object's "to" read as "should" when ``cue`` asks for
    something and the words are an object and an infinitive, else None. ``lowered``:
    determiners, which open a noun phrase after "to" and never an infinitive. Such words
    are reported even when no verb of theirs is known ("the council to reopen the library",
    which was quoted as if the speaker had said it)."""
    table = phrasing_lexicon().get(language, {}).get("object_infinitive", {})
    if not set(table.get("cues", [])) & set(folded_words(cue)):
        return None
    found = _OBJECT_TO.match(words)
    if found is None or found.group("verb") in lowered or not _base_verb(found, language, table):
        return None
    subject = found.group("object")
    if not _agent(subject, language, table):
        return None
    return f"{subject} should {words[found.end() :]}"


def _base_verb(found: re.Match[str], language: str, table: dict) -> bool:
    """Whether the word after "to" is a verb in its base form that the lexicon knows (its
    reporting verbs, or the object_infinitive table's ``base_verbs``): a noun or an adjective
    there ("an end to speculation", "a return to normal lessons") makes "to" a preposition."""
    verb = found.group("verb")
    return verb in load(language).base_forms or verb in table.get("base_verbs", [])


def _agent(subject: str, language: str, table: dict) -> bool:
    """Whether the words before "to" can be the one who should act: a noun phrase of at most
    ``MAX_OBJECT_WORDS`` with no verb, not an object pronoun ("calling on her to…" makes no
    "her should"), not a noun the infinitive completes ("a right to reply", "more time to
    consider": ``infinitive_heads``) nor holding a preposition that ends the object ("a legal
    obligation for medics to be…": ``object_breaks``)."""
    words = folded_words(subject)
    if not words or len(words) > MAX_OBJECT_WORDS or has_verb(subject, language):
        return False
    if words == [words[0]] and words[0] in table.get("not_after_to", []):
        return False
    breaks = set(table.get("object_breaks", []))
    return words[-1] not in table.get("infinitive_heads", []) and not breaks & set(words)
