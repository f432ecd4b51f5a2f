"""The « il » or « elle » that opens a sentence of narration and is its subject, and the
person it takes up, recorded as that sentence's subject (anaphora39).

A narration keeps its topic across sentences through pronouns: « Autre élu : Paul X.
Présent depuis 2000, il succède à Jean Y. « … », sourit-il. » The second « il » is the
first one's, so it is Paul X, not Jean Y, the last man only mentioned. Without this record
the reader met no subject in the sentence « il succède à Jean Y » (no name opens it) and the
pronoun after the quotation took the nearest man named. Each opening pronoun is resolved
when its sentence is met, before the names of that sentence, against the sentence before
(the order ``pronouns._near_person`` keeps: subjects of its gender first), so a chain of
such sentences keeps one subject.
"""

from __future__ import annotations

from quizapp.draft.clause.subjects.person_subject import personal_pronoun
from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.text.segment import Token
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, fold

_FRONTED = 12  # words a fronted phrase may hold before the comma and the pronoun


def opening_pronoun(tokens: list[Token], outside: list[bool], lex: Lexicon) -> Token | None:
    """The singular personal pronoun (« il », « elle », not impersonal) that is the subject of
    the sentence's first clause: its first word, the word after an opening connective
    (« Mais il »), or the word after the comma closing a fronted phrase (« Présent depuis
    2000, il… », « Originaire de X, elle… »); None otherwise or inside a quotation."""
    connectives = lex.word_set("opening_connectives")
    candidates = [0]
    if tokens and fold(tokens[0].text) in connectives:
        candidates.append(1 if len(tokens) < 2 or tokens[1].text != "," else 2)
    comma = next((i for i, t in enumerate(tokens[:_FRONTED]) if t.text == ","), None)
    if comma is not None and all(outside[: comma + 1]) and not _according(tokens[:comma], lex):
        candidates.append(comma + 1)
    for index in candidates:
        if index < len(tokens) and outside[index] and _singular(tokens[index:], lex):
            return tokens[index]
    return None


def _according(words: list[Token], lex: Lexicon) -> bool:
    """The fronted phrase opens an attribution (« Selon son porte-parole, il… », lexicon
    ``according_to``): what follows is someone's claim, whose « il » may be anyone's or
    nobody's (« il ne s'est rien passé »), not the narration's subject."""
    folded = folded_words(" ".join(t.text for t in words))
    return bool(match_phrase(folded, 0, lex.phrases("according_to")))


def _singular(words: list[Token], lex: Lexicon) -> bool:
    """« il » or « elle » opening ``words``, as a personal subject."""
    gender = lex.raw.get("pronouns", {}).get(fold(words[0].text), "")
    return gender in ("m", "f") and bool(personal_pronoun(words, lex))
