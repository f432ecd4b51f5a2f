"""English speakers that are the object of another verb: the one a verb of showing or
perceiving depicts speaking ("The video features Cllr Ward stating…") and the one a verb of
causing leads to speak ("led the authors to suspect that…"). Out of ``english_forms`` since
tidy29, which reads the forms of the cue itself.
"""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon

_WORD_CHARACTER = re.compile(r"[\w'’-]")

_WORD_BEFORE = re.compile(r"[\w.'’-]+|[^\w\s]")


def depicted_speaker(text: str, clause_start: int, cue_start: int, lex: Lexicon) -> Span | None:
    """ "The video features Cllr Ward stating…", "a clip showing residents saying…": after a
    verb of showing or perceiving (lexicon ``depicting_verbs``), the object right before the
    participle speaks; None when punctuation or more than five words stand between."""
    words = list(_WORD_BEFORE.finditer(text, clause_start, cue_start))[-7:]
    verbs = lex.word_set("depicting_verbs")
    if not words or not _WORD_CHARACTER.match(words[-1].group()):
        return None
    for at in range(len(words) - 2, -1, -1):
        if not _WORD_CHARACTER.match(words[at].group()):
            return None  # "…, saying": a comma, the main subject's participle
        if words[at].group().lower() in verbs:
            return words[at + 1].start(), words[-1].end()
    return None


def _object_before(words: list[str], verbs: frozenset[str]) -> int | None:
    """Where the object after one of ``verbs`` starts among the last words (no punctuation
    between), or None."""
    for at in range(len(words) - 2, max(-1, len(words) - 8), -1):
        if not _WORD_CHARACTER.match(words[at]):
            return None
        if words[at].lower() in verbs:
            return at + 1
    return None


def caused_saying(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "led the authors to suspect that…": a reporting verb after "to", before "that", whose
    "to" follows the object of a verb of causing (lexicon ``causing_verbs``) is a cue."""
    if words[index - 1 : index] != ["to"] or words[index + 1 : index + 2] != ["that"]:
        return False
    if words[index] not in lex.base_forms:
        return False
    start = _object_before(words[max(0, index - 8) : index - 1], lex.word_set("causing_verbs"))
    return start is not None


def caused_speaker(text: str, clause_start: int, cue_start: int, lex: Lexicon) -> Span | None:
    """The object of the verb of causing before "to" and the cue: the one who speaks."""
    tail = text[max(clause_start, cue_start - 40) : cue_start].rstrip()
    if len(tail) > 1 and not tail.endswith("to"):
        return None  # the last word is no "to": the clause's words are not read (speed59)
    words = list(_WORD_BEFORE.finditer(text, clause_start, cue_start))[-9:]
    if len(words) < 3 or words[-1].group() != "to":
        return None
    written = [w.group() for w in words[:-1]]
    start = _object_before(written, lex.word_set("causing_verbs"))
    if start is None:
        return None
    return words[start].start(), words[-2].end()
