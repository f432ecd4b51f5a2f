"""A document taken up by a demonstrative after the sentence that introduced it: « Comme de
nombreux édiles, X, maire de Y, a pris un arrêté. Le texte dénonce… » — the text is X's, the
one who issued it, not whoever spoke last. (speakers9 pass.)"""

from __future__ import annotations

import re

from quizapp.draft.speakers.met import Seen
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_BEFORE = 300  # how far back the introducing sentence may start


def document_author(
    text: str, seen: list[Seen], where: tuple[int, int], head: str, lex: Lexicon
) -> str | None:
    """The key of who introduced the document a demonstrative's ``head`` takes up (« le
    texte », « la lettre », lexicon ``document_anaphors``): the latest mention, outside a
    complement, before the last document the sentence before wrote with an indefinite or
    possessive determiner (« a pris un arrêté », « a signé sa lettre »), or the one named
    right after it (« a reçu une lettre de la ministre X »); ``where``: this sentence's index
    and start. None when no such document stands in that sentence."""
    if fold(head) not in lex.word_set("document_anaphors"):
        return None
    return _who_introduced(text, seen, where, lex)


def authors_of_document(
    text: str, seen: list[Seen], where: tuple[int, int], words: list[str], lex: Lexicon
) -> str | None:
    """« Dans un rapport de la Cour des comptes, … Pour ses auteurs, … »: a possessive and
    a noun for the writers of a text (lexicon ``author_nouns``; ``words``: the description,
    folded) stand for whoever the sentence before showed issuing a document; None
    otherwise."""
    if len(words) != 2 or words[0] not in lex.word_set("plural_possessives"):
        return None
    if words[1] not in lex.word_set("author_nouns"):
        return None
    return _who_introduced(text, seen, where, lex)


def _who_introduced(
    text: str, seen: list[Seen], where: tuple[int, int], lex: Lexicon
) -> str | None:
    """The key of the one who issued the last document the sentence before introduced."""
    sentence, start = where
    introduced = list(_introduced(lex).finditer(text, max(0, start - _BEFORE), start))
    if not introduced:
        return None
    noun = introduced[-1]
    recent = [s for s in seen if s.sentence == sentence - 1]
    after = [s for s in recent if _OF.fullmatch(text, noun.end(), s.offset)]
    if after:  # « a reçu une lettre de Claire X »: hers
        return after[0].key
    before = [s for s in recent if s.offset < noun.start() and not s.nested]
    return before[-1].key if before else None


# the words between a document and its author: « une lettre de la ministre X »
_OF = re.compile(r"(?i)\s+(?:de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*|du\s+|des\s+)"
                 r"(?:[a-zà-ÿ-]+\s+){0,2}")  # fmt: skip


@built_once
def _introduced(lex: Lexicon) -> re.Pattern[str]:
    """A document of the lexicon's ``introduced_documents`` after an indefinite or possessive
    determiner (« un arrêté », « sa lettre »)."""
    nouns = lex.one_of("introduced_documents", loose_spacing=True)
    return re.compile(rf"(?i)\b(?:un|une|son|sa|leur)\s+(?:{nouns})\b")
