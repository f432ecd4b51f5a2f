"""Speakers whose head noun is a thing, a quality, an event or a place (speakable53).

About one wrong French speaker in five, round after round, was a noun phrase cut from the
sentence whose head cannot speak: « son ampleur », « le cœur de la commune », « la
sécheresse », « un Plan vélo », « Acte I », « Quartier Nord ». ``can_speak`` let them pass,
since a complement held a body's noun (« de la commune »), the head ended as a person's noun
does (« ampl-eur »), or a capital made the phrase a name. Here the phrase's head (the first
word past its determiners, ``sources/head_words.head_noun``) is read alone: when a lexicon
names it a thing that cannot speak (the lists of ``voiceless_head_lists``, and the words of
``voiceless_heads``) and no speaking list holds it, the phrase is no one, and
``plausible`` looks for the speaker a pronoun would take up there.
"""

from __future__ import annotations

from quizapp.draft.sources.head_words import head_noun
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.draft.words.plural import written_plural


def thing_headed(name: str, lex: Lexicon, speaking: frozenset[str]) -> bool:
    """``name``'s head is a thing's noun of the lexicon and none of ``speaking`` (the nouns
    of a person, a body, a group or a document). A capitalised phrase counts only when its
    first word is that head and a word follows (« Acte I », « Quartier Nord »: « Point » alone
    is an outlet's name cut short) or the head is written in lower
    case (« La sécheresse »): « Le Projet X » may be a body's name."""
    words = [w.strip(',.;:()«»"“”') for w in folded_words(name)]
    words = [w for w in words if w]
    if not words:
        return False
    head = head_noun(words, lex, name)
    if head in speaking or _singular(head) in speaking:
        return False
    if head not in _voiceless(lex) and _singular(head) not in _voiceless(lex):
        return False
    written = [w for w in WORD_FROM_LETTER.findall(name) if fold(w).endswith(head)]
    return (words[0] == head and len(words) > 1) or any(w[:1].islower() for w in written)


def _singular(word: str) -> str:
    """A plural head as the lists mostly hold it (« bureaux » is left as it is)."""
    return word[:-1] if len(word) > 3 and written_plural(word) and word.endswith("s") else word


@built_once
def _voiceless(lex: Lexicon) -> frozenset[str]:
    """The heads that cannot speak: the words of ``voiceless_heads`` and of every list named
    by ``voiceless_head_lists``."""
    lists = tuple(lex.raw.get("voiceless_head_lists", ()))
    return lex.word_sets("voiceless_heads", *lists) if lists else lex.word_set("voiceless_heads")
