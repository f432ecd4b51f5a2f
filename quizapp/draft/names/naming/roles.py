"""Role words next to names: "le Procureur de Paris, François Molins", "le chef de l'Etat".

A capitalised role word that opens a run of capitalised words ("Procureur de Paris",
"Président Macron") is no part of the name; a name inside the complement of a role ("le
procureur de la République", "le chef de l'Etat") names a place or an institution, not the
speaker, who is the role itself or the person named in apposition after it.
"""

from __future__ import annotations

from quizapp.draft.names.naming.places import demonym_before
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def bare_description(words: list[str], lex: Lexicon) -> bool:
    """A description with nothing after its noun but an adjective or two (« le club », "the
    agency", « le journal sportif »), no complement saying whose (« la direction de l'hôpital »):
    what may take up a body or a person met before. An age (« l'artisan de 35 ans », « la
    fillette âgée de 9 ans ») says how old, not whose: it leaves the description bare."""
    words = _without_age(words, lex)
    return len(words) <= 3 and not lex.word_set("complement_marks") & set(words)


def _without_age(words: list[str], lex: Lexicon) -> list[str]:
    """The words before a closing age, « de 35 ans », « âgé de 9 ans », "aged 40": the unit
    after the number is one of lexicon ``age_words``, the participle before it one of
    ``age_participles``."""
    tail, units, aged = words[-3:], lex.word_set("age_words"), lex.word_set("age_participles")
    if (
        len(tail) == 3
        and tail[0] in lex.word_set("complement_marks")
        and tail[1].isdigit()
        and tail[2] in units
    ):
        words = words[:-3]
        return words[:-1] if words[-1:] and words[-1] in aged else words
    if len(tail) >= 2 and tail[-2] in aged and tail[-1].isdigit():
        return words[:-2]
    return words


def role_words(lex: Lexicon) -> frozenset[str]:
    return lex.word_sets("anonymous_heads", "person_descriptions")


def without_role_words(
    tokens: list[Token], run: tuple[int, int], lex: Lexicon
) -> tuple[int, int] | None:
    """The run without the role word and particles that open it ("Procureur de Paris" ->
    "Paris"); None when nothing is left."""
    roles, particles = role_words(lex), lex.word_set("name_particles")
    if all(fold(t.text) in roles for t in tokens[run[0] : run[1]]):
        return None  # "le Président", "le Procureur": a role, capitalised, is no name
    start = run[0]
    while start < run[1] - 1 and fold(tokens[start].text) in roles:
        start += 1
        while start < run[1] - 1 and fold(tokens[start].text) in particles:
            start += 1
    last_role = max(
        (i for i in range(start, run[1]) if fold(tokens[i].text) in roles), default=None
    )
    if last_role is not None and run[1] - last_role - 1 >= 2:
        start = last_role + 1  # "British Prime Minister Keir Starmer" -> "Keir Starmer"
    if start == run[0] and run[1] - start >= 3 and demonym_before(tokens, start, lex):
        start += 1  # « La Coréenne Yunhyie Park » -> « Yunhyie Park »
    return (start, run[1]) if start < run[1] else None


def in_role_complement(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The name at ``start`` follows "de / du / de la / of" after a role word that opens a
    definite phrase ("le procureur de la République", "the mayor of Paris") or a body noun
    ("le parquet de Paris", "the police of Oslo": the body speaks, not the place), or stands
    in brackets after a person's role (« le maire (LR) de Conflans »: the party is an aside of
    the mention; « la fédération (FNB) » names the body); "un porte-parole de Renault" stays
    a spokesperson of a named organisation."""
    words = [fold(t.text) for t in tokens]
    if not words or words[0] not in lex.word_set("definite_articles"):
        return False
    index = 1
    while index < len(words) and words[index] in lex.word_set("determiners"):
        index += 1
    heads = role_words(lex) | lex.word_set("named_institutions")  # "le parquet de Paris"
    if index >= len(words) or words[index] not in heads or start <= index:
        return False
    aside = tokens[start - 1].text == "(" and words[index] in role_words(lex)  # a person's
    return after_complement(tokens, start, lex) or aside


def after_complement(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The word at ``start`` comes right after "de", "du", "de la", "de l'" or "of" (lexicons
    ``complement_marks``, ``title_complement_articles``)."""
    before = tokens[max(0, start - 2) : start]
    if not before:
        return False
    marks, last = lex.word_set("complement_marks"), fold(before[-1].text)
    if last in marks:
        return True  # asked of most names several times: the one-word case, cheaply (tidy42)
    articles = lex.word_set("title_complement_articles")
    return len(before) == 2 and fold(before[0].text) in marks and last in articles


@built_once
def words_before_a_noun(lex: Lexicon) -> frozenset[str]:
    """A determiner, a preposition, a conjunction (lexicon ``determiners``,
    ``non_noun_openers``) or « de »: a word after one opens a noun phrase, never a verb or a
    participle describing the noun before (« les agents du département », « notamment le
    maire »: speakers/opening_groups, subjects/clause_bounds)."""
    return lex.word_sets("determiners", "non_noun_openers") | lex.word_set("complement_marks")
