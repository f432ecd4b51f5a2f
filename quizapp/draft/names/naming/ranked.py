"""People named by their rank among others: « Le plus âgé des deux », « la plus jeune des
trois sœurs », « l'aînée des prévenus », « le dernier des suspects ». Such a phrase describes
one person the article does not name; opening a sentence it is its subject, and a later
« répète-t-il » takes it up (speakers/subjects.py reads it with the other descriptions)."""

from __future__ import annotations

from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold
from quizapp.draft.words.plural import singular_of, written_plural

_PEOPLE_KEYS = ("unnamed_person_nouns", "anonymous_heads", "person_descriptions")


def ranked_person(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """The word at ``index`` heads a person by rank: a superlative (« plus âgé ») or a rank
    word (lexicon ``rank_person_words``: « aînée », « cadet », « premier »), then « des »
    and a number or a plural noun for people (« des deux », « des trois sœurs », « des
    prévenus »). « Le plus grand des deux stades », « le premier des points » name no one."""
    word = fold(tokens[index].text)
    superlative = index >= 2 and fold(tokens[index - 1].text) in lex.word_set("superlative_adverbs")
    if not (superlative or word in lex.word_set("rank_person_words")):
        return False
    if index + 2 >= len(tokens) or fold(tokens[index + 1].text) not in lex.word_set(
        "ranked_group_links"
    ):
        return False
    group = fold(tokens[index + 2].text)
    if group not in lex.word_set("group_count_words"):
        return _people_plural(group, lex)
    after = tokens[index + 3].text if index + 3 < len(tokens) else ""  # « des deux stades »
    noun = after.isalpha() and after.islower() and written_plural(after)
    return not noun or _people_plural(fold(after), lex)


def _people_plural(word: str, lex: Lexicon) -> bool:
    """« prévenus », « sœurs », « élus »: the plural of a noun for a person (or a group head)."""
    if word in lex.word_set("vague_heads"):
        return True
    single = singular_of(word)
    return bool(single) and any(single in lex.word_set(key) for key in _PEOPLE_KEYS)
