"""Two speakers a "who said this?" would offer as two people when the article gives one: one
written with a part of the other's words, or as the role the article gives the other.

ui38's walk-through: Reuters' headline « Cisco CEO apologizes to shareholders » made a speaker
« Cisco CEO » beside « John Chambers », whom the body calls « Cisco Systems Inc Chief
Executive John Chambers »; both stood as options of one question, the student asked to tell
a man from his own title. Which of the two is kept is the caller's: the fullest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.draft.words.lexicon import Lexicon, fold

_WORD = re.compile(r"[^\W\d_][\w-]*")


def content_words(speaker: str, lex: Lexicon) -> frozenset[str]:
    """A speaker's words, folded, without determiners and function words (« la », "of")."""
    small = lex.word_sets("determiners", "function_words")
    return frozenset(
        fold(w) for w in _WORD.findall(speaker.replace("’", "'")) if fold(w) not in small
    )


def within(one: str, other: str, lex: Lexicon) -> bool:
    """Every word of one speaker among the other's, two words at least (« Cisco CEO », « the
    Cisco CEO John Chambers »): the shorter names the longer again. One word alone is the
    bare noun ``options.same_body`` reads."""
    mine, theirs = content_words(one, lex), content_words(other, lex)
    shorter, longer = sorted((mine, theirs), key=len)
    return len(shorter) >= 2 and shorter < longer


def role_of(role: str, mentions: Iterable[str], lex: Lexicon) -> bool:
    """A speaker written as an office and other words (« Cisco CEO ») that one of a person's
    mentions holds, the same office included (« Cisco Systems Inc Chief Executive John
    Chambers »: an acronym's first letters may be spelled there): the role the article gives
    that person. « A Unite spokesperson » is not « Unite general secretary Sharon Graham »."""
    words = role_words(role, lex)
    return words is not None and any(_holds(mention, *words, lex) for mention in mentions)


def role_words(role: str, lex: Lexicon) -> tuple[frozenset[str], list[str]] | None:
    """A role's words apart from its office, and its office words; None when the speaker
    lacks either, so is no role at all (most speakers: asked once each, cancel56)."""
    offices = lex.word_sets("titles", "person_descriptions")
    words = content_words(role, lex)
    held, office = words - offices, [w for w in _WORD.findall(role) if fold(w) in offices]
    return (held, office) if held and office else None


def _holds(mention: str, held: frozenset[str], office: list[str], lex: Lexicon) -> bool:
    """The mention holds the role's other words and each of its office words, or the words
    an office's acronym begins to spell (« CEO »: « Chief Executive »)."""
    seen = content_words(mention, lex)
    if not held <= seen:
        return False
    initials = "".join(fold(w)[0] for w in _WORD.findall(mention) if w[:1].isupper())
    return all(fold(w) in seen or _spelled_start(w, initials) for w in office)


def _spelled_start(word: str, initials: str) -> bool:
    """An acronym (« CEO ») whose first two letters or more the mention's capitalised words
    spell in a row (« Chief Executive »)."""
    if not (word.isupper() and len(word) >= 3):
        return False
    return any(fold(word[:n]) in initials for n in range(len(word), 1, -1))
