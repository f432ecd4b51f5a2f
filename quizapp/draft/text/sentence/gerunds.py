"""A French gerund (« en riant », « en s'escrimant à… », « en citant un communiqué »): how
something was said, never who said it, so a subject read after a cue ends before it. One
reader for the three places that ask (the inserted clause of sentence/incise, the unknown verb
after a quotation of cue_forms/after_quote, the subject closing a sentence of
cue_forms/object_senses), which had each written the gerund their own way (tidy27); its words
are the lexicon's: ``gerund_preposition``, ``gerund_clitics`` and the ending of
``participle_clause_ending``. A language that lists no gerund preposition has none."""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, alternation, built_once


@built_once
def _gerund(lex: Lexicon) -> re.Pattern[str] | None:
    """The preposition, a clitic if any, and a word with the ending. « en tant que » reads as
    one too: the role a speaker speaks in belongs to the reporting clause as a manner does
    (recall24a); cue_forms/object_senses alone had asked three letters before the ending,
    which kept « en riant » out."""
    preposition = lex.raw.get("gerund_preposition")
    ending = lex.raw.get("participle_clause_ending")
    if not preposition or not ending:
        return None
    clitics = alternation(lex.raw.get("gerund_clitics", [])) or "(?!)"
    verb = rf"[\w'’-]+{re.escape(ending)}\b"
    return re.compile(rf"\s+{re.escape(preposition)}\s+(?:(?:{clitics})\s*)?{verb}")


def gerund_in(lex: Lexicon, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first gerund of ``text[start:end]``, from the space before its preposition."""
    pattern = _gerund(lex)
    if pattern is None:
        return None
    return pattern.search(text, start, len(text) if end is None else end)


def before_gerund(lex: Lexicon, text: str) -> str:
    """``text`` up to its first gerund (all of it when it holds none)."""
    found = gerund_in(lex, text)
    return text[: found.start()] if found else text


def gerund_among(lex: Lexicon, words: list[str]) -> bool:
    """Whether a run of words (a sentence's tokens, folded) holds a gerund."""
    return gerund_in(lex, " " + " ".join(words)) is not None
