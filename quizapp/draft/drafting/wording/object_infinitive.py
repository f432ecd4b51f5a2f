"""Reported words that are a verb's object and an infinitive ("is calling for festival
organisers to change the closures", "urged residents to write to the council"): after
"claims that" they made no sentence ("Who claims that festival organisers to change…?",
questions51 and questions52 read it in three English drafts). What such a cue asks for is
what should happen, so a question reports it with "should": "claims that festival
organisers should change the closures". Only after a cue of asking or wanting (phrasing.json
``object_infinitive``), and only when the words before "to" hold no verb and the word after
it is no determiner nor pronoun: "the road to the town was closed", "the parts closest to them"
are left as written."""

from __future__ import annotations

import re

from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.words.lexicon import folded_words

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
    if found is None or found.group("verb") in lowered | set(table.get("not_after_to", [])):
        return None
    subject = found.group("object")
    if len(subject.split()) > MAX_OBJECT_WORDS or has_verb(subject, language):
        return None
    return f"{subject} should {words[found.end() :]}"
