"""The name that closes an English setting written with no comma before its cue: "At a trust
board meeting on 18 April Mr Yafele said…", "In a statement Acme said…". The setting was cut
up to its last determiner ("In a statement the company said"), which left "a statement Acme"
as the subject, or nothing when more than six words followed; the cue then took an inverted
subject out of what was said ("the plan"). english23. Here too, from english_forms (which
had reached 300 lines), the one-word connective that may open a clause before its setting."""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, date_word, fold

_WORD = re.compile(r"\S+")


def closing_name(segment: str, lex: Lexicon) -> int:
    """Where a name closing a setting starts ("In a statement Acme", "At the meeting John
    Smith", "on 18 April Mr Yafele"), else 0: the capitalised words that end the segment,
    from an honorific among them (lexicon ``name_honorifics``: "the BBC Mr Smith") or past a
    day or a month, and not the object of a preposition or a determiner ("of Leeds City
    Council", "the BBC"): the name is who speaks, the setting where."""
    words = list(_WORD.finditer(segment))
    first = len(words)
    while first > 1 and words[first - 1].group()[:1].isupper():
        first -= 1
    run = words[first:]
    honorifics = lex.word_set("name_honorifics")
    named = [w for w in run if fold(w.group()).rstrip(".") in honorifics]
    if named:
        return named[0].start() if named[0] is not run[-1] else 0
    dated = bool(run) and date_word(run[0].group(), lex)
    run = run[1:] if dated else run
    before = fold(words[first - 1].group()) if first > 0 else ""
    blocked = before in lex.word_sets("setting_object_prepositions", "determiners")
    return run[0].start() if run and (dated or not blocked) else 0


def connective_length(words: str, lex: Lexicon) -> int:
    """ "But Jean Swanson", "and in March": a one-word connective opening a clause (lexicon
    ``opening_connectives``) is no part of the name or the setting after it; how many
    characters it takes up with its space (0 when there is none or nothing after it)."""
    first, _, rest = words.partition(" ")
    if not rest.strip() or fold(first) not in lex.word_set("opening_connectives"):
        return 0
    return len(words) - len(rest)
