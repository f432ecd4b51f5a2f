"""A body named by a phrase of common words after its kind: « l'association À bas le béton »,
« le collectif Sauvons nos écoles ». Such a name is no run of capitals, so it is met as no
entity; a later bare « l'association » took up the latest capitalised name instead (a place:
« Loir-et-Cher »). The reader takes up the phrase written after the same noun. (speakers9.)"""

from __future__ import annotations

import re

from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS, kept_pattern
from quizapp.draft.words.lexicon import Lexicon, fold

_UNMARKED_WORD = re.compile(r"[^\s,.;:!?()«»\"“”]+")

_MAX_WORDS = 6  # « À bas le béton », « Touche pas à ma forêt »
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,}")
_STOP = frozenset({"qui", "que", "qu'", "dont", "et", "ou", "a", "est", "ont", "sont"})


def written_body(
    entities: dict[str, Entity], text: str, words: list[str], head: str, before: int | None,
    lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """The body « l'association » takes up when « l'association À bas le béton » was written
    before ``before``: an entity named by that phrase (made at its first take-up), or None."""
    found = body_written_after(text, words, head, before or 0, lex)
    if found is None:
        return None
    name = text[found[0] : found[1]]
    key = "w:" + fold(name)
    return entities.setdefault(key, Entity(key, name, "named", person=False))


def body_written_after(
    text: str, words: list[str], head: str, before: int, lex: Lexicon
) -> Span | None:
    """The span of « l'association X… » written before ``before`` for the bare anaphor
    ``words`` (« l'association », its ``head`` one of the lexicon's organisation_anaphors):
    the same noun after a definite article, then a capitalised word, a word in lower case
    (no name in capitals: « l'association Greenpeace » is read as a name) and the words up to
    a punctuation mark, a verb or a relative; the latest such phrase. None otherwise."""
    if len(words) > 2 or head not in lex.word_set("organisation_anaphors"):
        return None
    found = None
    opening = kept_pattern(rf"(?i)\b(?:l['’]\s*|la\s+|le\s+){re.escape(head)}\s+")
    for match in opening.finditer(text[:before]):
        end = _name_end(text, match.end(), before, lex)
        if end is not None:
            found = (match.start(), end)
    return found


def _name_end(text: str, start: int, before: int, lex: Lexicon) -> int | None:
    """Where the name opening at ``start`` ends, when it opens on a capital."""
    first = WORD_WITH_MARKS.match(text[start:before])
    if not text[start : start + 1].isupper() or (first and _ACRONYM.fullmatch(first.group())):
        return None  # « le syndicat UAW dans un communiqué »: the acronym is the name met
    end, marks = start, lex.word_set("complement_marks")  # « de », "of"
    for count, word in enumerate(_UNMARKED_WORD.finditer(text[start:before])):
        if word.start() + start > end + 1 or count >= _MAX_WORDS:
            break  # a punctuation mark between: the name ended
        folded = fold(word.group())
        if count and (folded in _STOP or folded in lex.finite or folded in lex.auxiliaries):
            break
        if count == 1 and (not word.group()[:1].islower() or folded in marks):
            return None  # « l'association Les Amis de la Terre »: a name in capitals
        end = start + word.end()
    return end if end > text.find(" ", start) > 0 else None  # a phrase, not one capital
