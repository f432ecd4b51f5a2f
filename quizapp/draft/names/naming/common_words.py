"""Which capitalised words are common words, not names: a word the lexicon knows (a verb, a
head noun, a determiner, a plural of a word for people, an adverb by its form) opening a
sentence, or a lone capital the article shows to be a common word (a function word after it, a
figure after a word of approximation, the same word in lower case elsewhere). Out of
``names.py`` since tidy29, which finds the name runs themselves.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.adverbs import adverb_by_form
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.lexicon import Lexicon, fold


def common_word(word: str, lex: Lexicon) -> bool:
    """A sentence-initial capital on a word the lexicon knows as a common word (``word``
    folded)."""
    if word in lex.finite:
        return True
    if any(
        word in lex.word_set(key)
        for key in (
            "vague_heads",
            "anonymous_heads",
            "vague_determiners",
            "anonymous_determiners",
            "noun_phrase_openers",  # "None of the patients…", "Nobody", "Others": no name
        )
    ):
        return True
    people = ("anonymous_heads", "unnamed_person_nouns", "person_descriptions")
    if word.endswith("s") and any(word[:-1] in lex.word_set(key) for key in people):
        return True  # "Doctors say…", "Nurses warned…": a plural of a word for people
    return adverb_by_form(word, lex)


def common_word_opening(text: str, offset: int, lex: Lexicon) -> bool:
    """A lone capitalised word opening the headline or a sentence that the text shows is a
    common word, not a name: a function word follows it (« Pénurie dans les pharmacies »,
    "Pharmacies in crisis"), a number follows a word of approximation (« Environ 450
    personnes »), or the article writes it in lower case elsewhere."""
    before = text[max(0, offset - 2) : offset]
    if offset == 0 and _LONE_LINE.match(text):
        return True  # « Gymnase », "Politics": a rubric or one-word headline names no body
    words = _TWO_WORDS.match(text, offset)  # not a split of the whole rest of the article
    if (offset and not before.endswith(("\n", ". "))) or words is None or words[2][:1].isupper():
        return False
    word, following = words[1].strip(",.:;"), fold(words[2].strip(",.:;"))
    if fold(word) in lex.word_set("approximation_words") and following[:1].isdigit():
        return True  # « Environ 450 personnes ont défilé »
    verb = following in lex.auxiliaries or following in lex.finite  # « Orange a gagné »
    if following in lex.word_set("function_words") and not verb:
        return True
    alone = kept_pattern(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])")
    return alone.search(text) is not None


_TWO_WORDS = re.compile(r"(\S+)\s+(\S+)")
_LONE_LINE = re.compile(r"[^\W\d_][\w'’-]*[ \t]*\n")  # the article's first line, one word
