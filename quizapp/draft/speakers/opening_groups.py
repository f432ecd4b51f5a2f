"""A nameless plural group of people opening a sentence (« Des dizaines d'éleveurs ont
manifesté… », « Les pompiers traitent les lisières… »), for a later « ils » or "they".

Moved out of speakers/subjects.py (speakers19), which reads the other subjects the resolver
needs, when the French verb after such a group came to be read by its plural ending too.
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.roles import words_before_a_noun
from quizapp.draft.names.titles.descriptions import verb_forms
from quizapp.draft.speakers.subjects import people_noun
from quizapp.draft.text.segment import Token
from quizapp.draft.text.sentence.sentence_parts import past_setting
from quizapp.draft.words.lexicon import Lexicon, fold, relative_words

_OPENING_WORDS = 14
_SETTING_WORDS = 8


def opening_group(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """« Plusieurs dizaines d'éleveurs basques ont manifesté… », « Mais les planteurs se
    sentent… »: the tokens (first, end) that open the sentence, after a connective, as a
    plural group of people without a name (``people_noun``) before its first verb; None
    when it opens otherwise. A later « ils » (« après ce qu'ils dénoncent ») stands for that
    group and takes its label; so does a later "they" ("Four doctors challenged the law. As a
    result, they said, …"), not the last person who spoke."""
    if not tokens:
        return None
    verbs = verb_forms(lex)  # (a union here would cost a set copy per sentence)
    first = 1 if fold(tokens[0].text) in lex.word_set("opening_connectives") else 0
    first = past_setting(tokens, first, _SETTING_WORDS, lex) if lex.language == "fr" else first
    for index in range(first, min(len(tokens), _OPENING_WORDS)):
        word = fold(tokens[index].text)
        clitic = word in lex.word_set("verb_clitics")  # « Les planteurs se sentent… »
        finite = word in verbs or clitic or word in lex.word_set("clause_finite_words")
        if finite or _plural_verb(tokens, index, first, lex):
            group = tokens[first:index]  # "Four doctors challenged", "Voters will…"
            people = any(people_noun(fold(t.text), lex) for t in _head_part(group, lex))
            return (first, index) if group and people and not _named(group, lex) else None
        relative = word in relative_words(lex)
        initial = word == "." and len(tokens[index - 1].text) == 1  # « de Claude D. »
        if (not tokens[index].text[:1].isalnum() and not initial) or relative:
            return None  # a quotation, a comma, a relative clause: no plain opening subject
    return None


def _head_part(group: list[Token], lex: Lexicon) -> list[Token]:
    """The group's words before an agent's preposition (lexicon ``agent_prepositions``:
    « Ces molécules utilisées par les agriculteurs »: the people are the agent of what the
    group names, not the group): where its noun is."""
    stops = lex.word_set("agent_prepositions")
    cut = next((i for i, t in enumerate(group) if fold(t.text) in stops), len(group))
    return group[:cut]


def _plural_verb(tokens: list[Token], index: int, first: int, lex: Lexicon) -> bool:
    """« Les pompiers traitent… », « Des riverains dénoncent… »: a French word with a plural
    verb's ending (lexicon ``plural_verb_endings``) right after the group's noun or
    adjective, not after an article or a preposition (« les agents du département »: a
    noun in the complement), so the group before it is its subject; an adverb in « -ment »
    read so (« Les élus également… ») ends the group where its verb would."""
    text = tokens[index].text
    if lex.language != "fr" or index < first + 2 or not (text.isalpha() and text.islower()):
        return False
    before = fold(tokens[index - 1].text)
    after_noun = before not in words_before_a_noun(lex) and tokens[index - 1].text.isalpha()
    return after_noun and len(text) > 4 and text.endswith(tuple(lex.words("plural_verb_endings")))


def _named(group: list[Token], lex: Lexicon) -> bool:
    """A name in the group itself (« Les avocats Paul X et Luc Y », « Les élus du Modem »:
    a body's members), not a person's first name in the complement of its people noun (« Les
    avocats de Claude D. »: the people of someone, a group of their own)."""
    for index, token in enumerate(group[1:], 1):
        of = fold(token.text) == "de" and index + 1 < len(group)
        someone = of and _person_name(group, index + 1, lex)
        if someone and any(people_noun(fold(t.text), lex) for t in group[:index]):
            return False
        if token.text[:1].isupper():
            return True
    return False


def _person_name(group: list[Token], index: int, lex: Lexicon) -> bool:
    """A first name and a surname (or its initial) start at ``index``: « Claude D. »,
    « Marie Vidal »; not a body (« Renault », « La France insoumise »)."""
    words = [t.text for t in group[index : index + 2]]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    definite = fold(words[0]) in lex.word_set("definite_articles")
    return not definite or bool(first_name_gender(words[0], lex))
