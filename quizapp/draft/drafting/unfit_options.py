"""Speakers no "who said this?" should offer as a wrong answer beside the others (ui41, from
round 40's walk-through).

A document, a study or figures (« le rapport », « les chiffres de l'Insee », "The survey") is
a real source of the article, given by « selon … » or "according to …", but beside people it
is no speaker a student could sensibly pick for words said aloud: the option is ruled out at
a glance and the question has one choice less. A body and the person at its head (« la
mairie », « le maire »; « la préfecture », « le préfet ») are two options a student cannot
tell apart: side by side as wrong options, either may be the one meant, and the body of the
right person (or the head of the right body) offered as wrong is arguably right. The words
are the lexicon's (``unspeaking_head_lists``, ``unspeaking_heads``, ``body_head_pairs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.words.folding import past_elision
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@built_once
def _unspeaking(lex: Lexicon) -> frozenset[str]:
    """The folded heads of a document, a study or figures, from the lists the lexicon names."""
    lists = lex.raw.get("unspeaking_head_lists", [])
    return lex.word_sets("unspeaking_heads", *lists)


def head_word(speaker: str, lex: Lexicon) -> tuple[str, bool]:
    """The first word of a speaker past its determiners, possessive nouns ("the council's")
    and the adjectives that may stand before a document's noun (« le dernier rapport », "its
    own figures"), folded; and whether it is written with a capital past the speaker's first
    word (« La Lettre A », "The Post": a name, not a document)."""
    skipped = lex.word_sets("determiners", "unspeaking_skipped_words")
    for at, word in enumerate(_WORD.findall(speaker.replace("’", "'"))):
        folded = fold(word)
        if folded.endswith("'s"):
            continue
        folded, word = past_elision(folded), past_elision(word)  # « l'étude »
        if folded and folded not in skipped:
            return folded, bool(at) and word[:1].isupper()
    return "", False


def unspeaking(speaker: str, lex: Lexicon) -> bool:
    """A speaker whose head names a document, a study or figures, not a person or a body."""
    head, named = head_word(speaker, lex)
    if not head or named:
        return False
    return head in _unspeaking(lex) or singular(head) in _unspeaking(lex)


@built_once
def _pairs(lex: Lexicon) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each body's folded words and the folded heads of the person at its head."""
    pairs = lex.raw.get("body_head_pairs", {})
    return tuple(
        (tuple(fold(body).split()), frozenset(fold(h) for h in heads))
        for body, heads in pairs.items()
    )


def _words(text: str) -> list[str]:
    """The folded words of a speaker, a curly apostrophe read as a straight one and figures
    left out, so « l’adjoint » and « l'adjoint » compare with the lexicon's bodies alike."""
    return [fold(word) for word in _WORD.findall(text.replace("’", "'"))]


def _body_heads(speaker: str, lex: Lexicon) -> frozenset[str]:
    """The heads of the body a speaker opens on (« la mairie de Vernac »: maire, édile…)."""
    determiners = lex.word_set("determiners")
    words = [past_elision(w) for w in _words(speaker) if w not in determiners]
    for body, heads in _pairs(lex):
        if tuple(words[: len(body)]) == body:
            return heads
    return frozenset()


def _held(mentions: Iterable[str], lex: Lexicon) -> frozenset[str]:
    """The heads a speaker's words hold as its own office, not after a preposition (« le
    maire », « Jean Roux, maire de Vernac », not « l'adjoint au maire »)."""
    heads = frozenset().union(*(heads for _, heads in _pairs(lex)))
    after = lex.word_sets("complement_prepositions", "contracted_articles") | {"au", "aux", "to"}
    found: set[str] = set()
    for mention in mentions:
        words = _words(mention)
        for at in range(len(words)):
            for size in (2, 1):  # « district attorney », « maire »
                phrase = " ".join(words[at : at + size])
                if phrase in heads and (at == 0 or words[at - 1] not in after):
                    found.add(phrase)
    return frozenset(found)


def body_and_head(one: Iterable[str], other: Iterable[str], lex: Lexicon) -> bool:
    """Two speakers, each given by its forms in the article (``one``, ``other``: the form an
    option shows first), one a body and the other the person at its head: « la mairie » and
    « le maire » or « Jean Roux, maire de Vernac »; "the ministry" and "the minister"."""
    one, other = list(one), list(other)
    return bool(
        (_body_heads(one[0], lex) & _held(other, lex))
        or (_body_heads(other[0], lex) & _held(one, lex))
    )
