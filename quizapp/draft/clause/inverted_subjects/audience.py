"""A setting with its own noun phrase between an inverted cue and its subject (« « … », a
affirmé mardi devant les députés la fédération », « déclarait lors de son audition le préfet
de l'Hérault »): how long it is, so that inverted_subjects/subject.py reads the subject after it
(probe11 pass; beside the inverted subject it serves)."""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, built_once, fold, led_by


def audience_length(lex: Lexicon, rest: str) -> int:
    """The length of a setting opening ``rest`` (« devant les députés », « lors de son
    audition », « en marge du sommet de l'OTAN »): a preposition of the lexicon's
    ``audience_prepositions`` and its noun phrase, complements in « de » included, up to
    the determiner or the capital that opens the subject; 0 when none."""
    lead = _audience(lex).match(rest) if lex.words("audience_prepositions") else None
    if lead is None:
        return 0
    at, marks = lead.end(), lex.word_set("complement_marks")
    for found in _WORD.finditer(rest, at):
        word = found.group(1)
        if found.start() > at or fold(word) in _subject_openers(lex) or word[:1].isupper():
            break  # a determiner or a name opens the subject
        at = found.end()
        if fold(word) in marks:  # « du sommet de l'OTAN »: the complement goes on
            named = _WORD.match(rest, at)
            at = named.end() if named else at
    return at if at > lead.end() and at < len(rest.rstrip(" .")) else 0


_WORD = re.compile(r"\s?([\w-]+['’]?)")


@built_once
def _subject_openers(lex: Lexicon) -> frozenset[str]:
    """The determiners that open a subject after a setting (« des », « du » go on a
    complement: « devant les députés du Parti X »)."""
    return lex.word_set("determiners") - lex.word_set("complement_marks")


@built_once
def _audience(lex: Lexicon) -> re.Pattern[str]:
    return led_by(lex, "audience_prepositions", rf"\s*(?:{lex.one_of('determiners')})?")
