"""English epithets: the words a news story uses for the person it has just named, the
second time round, "The 73-year-old said…", "the father-of-two said…", "The pensioner
added…". An age, a family count or a noun of the lexicon's ``epithet_nouns`` says what the
person is, never what office they hold: nobody else in the story is introduced by it, so it
takes up the person the narration showed last, as a bare description of a listed person
noun does (``anaphora/descriptions/bare_descriptions``). English30 pass.
"""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon

# "73-year-old", "six-year-old": an age used as a noun
_AGE = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")
# "father-of-two", "mum-of-three", "grandmother-of-12": a person counted by their children
_FAMILY_COUNT = re.compile(r"([a-z]+)-of-(?:\d{1,2}|[a-z]+)")


def epithet_head(head: str, lex: Lexicon) -> bool:
    """The head of an English description is an epithet: an age, a family count whose
    noun is a person's (lexicon ``epithet_family_nouns``) or a listed epithet."""
    if lex.language != "en":
        return False
    if _AGE.fullmatch(head) or head in lex.word_set("epithet_nouns"):
        return True
    family = _FAMILY_COUNT.fullmatch(head)
    return family is not None and family.group(1) in lex.word_set("epithet_family_nouns")


_MODIFIED = 5  # words at most of an epithet with words before its noun


def modified_epithet(words: list[str], lex: Lexicon) -> bool:
    """An epithet with words before its noun and no complement after it ("the south Belfast
    politician", folded ``words``; the words that open one are lexicon
    ``epithet_complement_words``): nothing says whose it is, so it is as bare as "the
    politician"."""
    complement = lex.word_set("epithet_complement_words").intersection(words[1:-1])
    return len(words) <= _MODIFIED and not complement
