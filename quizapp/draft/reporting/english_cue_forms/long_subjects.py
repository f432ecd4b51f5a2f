"""A plural subject that a complement, a participle or a relative clause lengthens before its
base form: "Consultants working on the scheme say…", "Residents in the Hillfield area of the
town say that…", "Angry residents who live at the Killough Road area say…" (english56). The
word right before the base form is then no plural noun ("scheme", "town", "area"), and
english_subjects.plural_subject turned such a base form away as a noun or an infinitive; the
plural noun that opens the clause is the subject's head, as "said" already read it."""

from __future__ import annotations

import re

from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.words.lexicon import Lexicon

# a word of the subject: letters, figures, an apostrophe or a hyphen ("stone’s", "pothole-plagued")
_WORD = re.compile(r"^[\w'’-]+$")


def postmodified_plural(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether the clause before the base form at ``index`` is one noun phrase whose head, a
    plural noun among its first four words, is followed by what qualifies it (lexicon
    ``long_subject_openers``: a preposition, a relative pronoun; or an -ing participle), with
    no finite verb of its own outside a relative clause. A relative clause needs two words at
    least ("Residents who say…": the base form is the relative's own verb)."""
    index = _before_dashed_aside(words, index)
    start = _clause_start(words, index, lex)
    if start is None:
        return False
    subject = words[start:index]
    if len(subject) < 3 or not all(_WORD.match(w) for w in subject):
        return False
    head = _head(subject, lex)
    if head is None:
        return False
    rest = subject[head + 1 :]
    relative = next((i for i, w in enumerate(rest) if w in lex.word_set("subject_relatives")), None)
    plain = rest if relative is None else rest[:relative]
    if relative is not None and len(rest) - relative < 3:
        return False
    return _no_finite(plain, lex)


def _before_dashed_aside(words: list[str], index: int) -> int:
    """Where an aside set off by two dashes right before the base form opens ("People living
    in areas affected by the problem – caused by workers … – say"), else ``index``."""
    if index < 2 or words[index - 1] not in _DASHES:
        return index
    for at in range(index - 2, max(-1, index - 16), -1):
        if words[at] in _DASHES:
            return at
    return index


_DASHES = frozenset({"–", "—"})


def _clause_start(words: list[str], index: int, lex: Lexicon) -> int | None:
    """Where the subject opens: the sentence's start or a clause edge (lexicon
    ``long_subject_edges``) at most sixteen words back, past an opening connective."""
    edges = lex.word_set("long_subject_edges")
    start = index
    while start > 0 and words[start - 1] not in edges and index - start < 16:
        start -= 1
    if start > 0 and words[start - 1] not in edges:
        return None
    if start < index and words[start] in lex.word_set("opening_connectives"):
        start += 1  # "But residents living nearby say…"
    return start


def _head(subject: list[str], lex: Lexicon) -> int | None:
    """The plural noun among the subject's first four words that the qualifying words
    follow ("Business owners in the area": "owners"), its modifiers before it plain words.
    The head must be a noun that can speak (can_speak.speaking_noun: a person, a body, a
    group, a document): "Sales of homes…", "Rows of tents…" say nothing (mend56d)."""
    openers = lex.word_set("long_subject_openers")
    for at in range(min(4, len(subject) - 2)):
        following = subject[at + 1]
        qualified = following in openers or (following.endswith("ing") and len(following) > 4)
        if qualified and _plural(subject[at], lex) and speaking_noun(subject[at], lex):
            before = subject[:at]
            return at if all(w.isalpha() for w in before) and _no_finite(before, lex) else None
    return None


def _plural(word: str, lex: Lexicon) -> bool:
    """A plural noun: an -s ending that is no singular ("news", "its"), or a plural head."""
    if word in lex.word_set("plural_heads"):
        return True
    singular = word in lex.word_set("s_ending_singulars") or word.endswith("ss")
    return len(word) > 3 and word.endswith("s") and not singular and word.isalpha()


def _no_finite(words: list[str], lex: Lexicon) -> bool:
    """No finite verb (lexicon ``clause_finite_words``, irregular pasts) among ``words``: the
    subject holds none of its own outside a relative clause ("He heard residents of…")."""
    verbs = (lex.word_set("clause_finite_words"), lex.word_set("irregular_past_forms"))
    return not any(w in found for w in words for found in verbs)
