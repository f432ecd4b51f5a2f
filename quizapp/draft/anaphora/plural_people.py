"""The plural people a French « ils » / « eux » takes up when no group opened a sentence: a
nameless plural of people written anywhere in this sentence or the one before, out of
quotations (« Face à cette hausse, des parents ont lancé une pétition. Ils demandent… »,
« Ce sont des cheminots qui manifestent. Ils regrettent… »), rather than the one person
heard last.

Only a group opening its sentence was recorded (``speakers/opening_groups``); a fronted
phrase, a cleft or a subordinate clause hid the others, and « ils » went to the last
speaker, one person, whom a plural pronoun never stands for (pronouns29).
"""

from __future__ import annotations

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.segment import Span, tokens
from quizapp.draft.speakers.subjects import people_noun

_QUOTE_MARKS = frozenset('«»“”"')
_WORDS_BEFORE_NOUN = 3  # « des jeunes parents », « les 120 commerçants »


def plural_people_before(text: str, span: Span, lex: Lexicon) -> Span | None:
    """The latest plural of people in ``span`` (the sentence before and this one up to the
    pronoun), out of quotations: a plural determiner (lexicon
    ``plural_people_determiners``), then within a few words a plural people noun
    (``people_noun``), nothing but words between them; its span, from the determiner to
    the noun; None when there is none."""
    words = tokens(text, span, lex.language)
    outside, found = True, None
    for index, token in enumerate(words):
        if token.text in _QUOTE_MARKS:
            outside = not outside if token.text == '"' else token.text in "»”"
        elif outside and fold(token.text) in lex.word_set("plural_people_determiners"):
            end = _people_noun_after(words, index, lex)
            found = (token.start, words[end].end) if end is not None else found
    return found


def _people_noun_after(words: list, index: int, lex: Lexicon) -> int | None:
    """The index of the plural people noun a few words after the determiner at ``index``,
    only words (or a figure) between them; None when a mark or another word comes first."""
    for after in range(index + 1, min(len(words), index + 1 + _WORDS_BEFORE_NOUN)):
        word = fold(words[after].text)
        if word[-1:] in ("s", "x") and people_noun(word, lex):
            return after
        if not (word.isalpha() or word.isdigit()) or word in lex.word_set("description_stop_words"):
            return None
    return None
