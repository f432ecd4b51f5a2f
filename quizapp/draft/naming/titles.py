"""Titles written next to a name, and definite descriptions that take them up again.

"Le ministre de l'Intérieur, Gérald Darmanin" or "Joseph Zimet, conseiller du Président"
give the person a description; a later "le ministre", "le procureur de la République" or
"le chef de l'Etat" (a synonym of "président", from the lexicon) names that person again.
A description is kept as the set of its content words, so that the later mention matches
on what the reader would match on: its head noun and the words that narrow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.lexicon import Lexicon, built_once, fold
from quizapp.draft.naming.roles import FRENCH_OF, after_complement
from quizapp.draft.segment import Token
from quizapp.draft.speakers.entity import Entity

_LINKING = {"de", "du", "des", "d'", "à", "au", "aux", "en", "of", "for", "in", "on", "and",
            "et", "la", "l'", "le", "les", "the"}  # fmt: skip
_PREPOSITIONS = {"de", "du", "des", "d'", "à", "au", "aux", "en", "of", "for", "in"}
DETERMINERS = {"le", "la", "les", "l'", "un", "une", "the", "a", "an", "son", "sa", "ses",
                "leur", "his", "her", "its", "their"}  # fmt: skip
_STOP = {"de", "du", "des", "d'", "la", "le", "les", "l'", "un", "une", "the", "a", "an", "of",
         "à", "au", "aux", "en", "et", "and", "for", "in", "on", "son", "sa", "ses", "his",
         "her", "its", "their", "ce", "cet", "cette", "this", "that", "même", "same"}  # fmt: skip
_WINDOW = 8
_COMMA = Token(",", -1, -1)


@built_once
def verb_forms(lex: Lexicon) -> frozenset[str]:
    """Auxiliaries and reporting verb forms, which no title holds (computed once)."""
    return frozenset(lex.auxiliaries | lex.finite | lex.reflexive_auxiliaries)


@built_once
def role_heads(lex: Lexicon) -> frozenset[str]:
    """Words that head a title: a role, an office, a kind of source (computed once)."""
    return (
        lex.word_set("person_descriptions")
        | lex.word_set("anonymous_heads")
        | lex.word_set("named_institutions")
    )


def after_preposition(tokens: list[Token], start: int) -> bool:
    """The name at ``start`` follows a preposition ("de la", "à", "in"): it is in a
    complement, not in apposition to a title."""
    if after_complement(tokens, start):
        return True
    return start > 0 and fold(tokens[start - 1].text) in _PLACE_PREPOSITIONS


def in_complement(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """The name at ``run``, or the title written just before it, follows a preposition
    ("the administration of President X", « le groupe de Marine Y »): a mere mention."""
    title = _title_before(tokens, run[0], lex)
    start = tokens.index(title[0]) if title else run[0]
    if start and fold(tokens[start - 1].text) in DETERMINERS:
        start -= 1  # "par le juge X"
    return after_preposition(tokens, start)


_PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "pour", "par", "sur", "chez", "avec",
                       "vers", "contre", "in", "at", "for", "by", "from", "to", "with",
                       "against"}  # fmt: skip


def content_words(phrase: str, lex: Lexicon) -> tuple[str, ...]:
    """A description's words that say who, in order: synonyms made one ("chef de l'Etat"
    -> "président"), articles and prepositions set aside, plurals made singular. Kept per
    phrase: every later description compares itself with the names met before."""
    return lex.remembered("content_words", phrase, lambda key: _content_words(key, lex))


def _content_words(phrase: str, lex: Lexicon) -> tuple[str, ...]:
    text = " " + " ".join(_spaced(fold(phrase))) + " "
    text = re.sub(r"[«»“”\"(),.;:]", " ", text)
    text = " " + " ".join(text.split()) + " "
    for variant, canonical in _synonym_replacements(lex):
        text = text.replace(variant, canonical)
    kept = [singular(w) for w in text.split() if w not in _STOP and w.replace("-", "").isalpha()]
    return tuple(dict.fromkeys(kept))


@built_once
def _synonym_replacements(lex: Lexicon) -> list[tuple[str, str]]:
    """The lexicon's ``role_synonyms`` as ``_content_words`` replaces them, each set between
    spaces, in the lexicon's order: spelt out once, not at each new phrase."""
    return [
        (" " + " ".join(_spaced(fold(variant))) + " ", " " + canonical + " ")
        for variant, canonical in lex.raw.get("role_synonyms", {}).items()
    ]


def description_of(phrase: str, lex: Lexicon) -> tuple[str, frozenset[str]] | None:
    """(head, words) of a title or a definite description; None without a role head."""
    words = content_words(phrase, lex)
    heads = role_heads(lex)
    head = next(
        (
            w
            for i, w in enumerate(words)
            if (w in heads or singular(w) in heads) and not ordinal_before_noun(words, i, lex)
        ),
        None,
    )
    return None if head is None else (head, frozenset(words))


def ordinal_before_noun(words: Sequence[str], index: int, lex: Lexicon) -> bool:
    """Whether the word at ``index`` is an ordinal set before the noun a description is
    about (lexicon ``ordinal_adjectives``): « le premier adjoint », « le premier syndicat
    étudiant » are no Premier ministre; alone or in a title of its own (``ordinal_titles``:
    « Premier ministre ») the ordinal is the role."""
    if words[index] not in lex.word_set("ordinal_adjectives") or index + 1 >= len(words):
        return False
    return " ".join(words[index : index + 2]) not in lex.word_set("ordinal_titles")


def _spaced(text: str) -> list[str]:
    return re.sub(r"([ldjnst]|qu)'", r"\1' ", text).split()


def singular(word: str) -> str:
    """A folded noun without its plural « s » (« procureurs », "officials"), to compare a
    noun with another's words whatever their number; « press », « business » keep theirs."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def apposition(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> list[Token]:
    """The title written before a name ("le procureur de la République de l'île, X", "le
    président américain X") or after it between commas ("X, conseiller du Président,"):
    the tokens from its role word on, or nothing when no role word heads them."""
    before = _title_before(tokens, run[0], lex)
    return before if before else title_beside(tokens, run, lex)


def title_beside(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> list[Token]:
    """``title_after`` the name at ``run``; after a preposition only one set off by a comma and
    closed by a mark (« confie au Quotidien l'édile »: the outlet told; a headline's « l'accident
    du Cantal, un maire prend un arrêté » runs unclosed: a clause of its own, not the title)."""
    if not after_preposition(tokens, run[0]):
        return title_after(tokens, run[1], lex)
    spaced = run[1] < len(tokens) and tokens[run[1]].text == ","
    title = title_after(tokens, run[1], lex) if spaced else []
    return title if title and tokens[-1] is not title[-1] else []


def _title_before(tokens: list[Token], start: int, lex: Lexicon) -> list[Token]:
    index = start - 1
    if after_preposition(tokens, start):
        return []  # "le conseiller d'Emmanuel Macron", "le domicile du ministre à Courtrai"
    if index >= 0 and tokens[index].text == ",":
        index -= 1
    if index >= 2 and tokens[index].text == ")" and tokens[index - 2].text == "(":
        index -= 3  # "la chef de Québec solidaire (QS), Manon Massé"
    stop = max(-1, index - _WINDOW)
    heads = role_heads(lex)
    first_role = None
    while index > stop:
        word = fold(tokens[index].text)
        if not (word.isalpha() or word.endswith("'") or "-" in word):
            break
        if word in DETERMINERS and (index == 0 or fold(tokens[index - 1].text) not in _LINKING):
            break
        previous_text = tokens[index - 1].text if index else ""
        if word in heads and not _body_after_of(tokens, index):
            first_role = index
        elif tokens[index].text[:1].isupper() and previous_text[:1].isupper():
            if fold(previous_text) not in heads and not _body_in_complement(tokens, index):
                break  # "du sénateur Danny Pieters (N-VA), Didier Reynders": another name
        elif word not in _LINKING and tokens[index].text[:1].islower():
            previous = tokens[index - 1].text if index else ""
            after_noun = fold(previous) in heads or fold(previous) in _LINKING
            after_noun = after_noun or previous[:1].isupper()  # "Québec solidaire"
            if not after_noun or word in verb_forms(lex) or word in BE:
                break  # "Joe Biden était à Paris": "était" belongs to no title
        index -= 1
    end = start - 1 if start and tokens[start - 1].text == "," else start
    if first_role is None or _plural_role(tokens, first_role):
        return []
    return list(tokens[first_role:end])


def _body_after_of(tokens: list[Token], index: int) -> bool:
    """ "le vice-président de la Commission X": a capitalised role word after « de la »
    names the body, not the person's office."""
    before = [fold(t.text) for t in tokens[max(0, index - 2) : index]]
    after_of = bool(before) and before[-1] in FRENCH_OF  # English titles are capitalised
    after_of = after_of or (len(before) == 2 and before[0] in FRENCH_OF)
    return after_of and before[-1] in FRENCH_OF | {"la", "l'"} and tokens[index].text[:1].isupper()


def _plural_role(tokens: list[Token], role: int) -> bool:
    """ "qui cite des sources concordantes, M. X": a group before a name is no title of
    that one person; « l'un des avocats, Me X » is."""
    words = [fold(t.text) for t in tokens[max(0, role - 2) : role]]
    if not words or words[-1] not in {"des", "les", "ces", "plusieurs", "ses", "leurs", "some"}:
        return False
    return len(words) < 2 or words[0] not in {"un", "une", "one"}


def _body_in_complement(tokens: list[Token], index: int) -> bool:
    """The capitalised run ending at ``index`` follows a preposition, not a role word
    (« l'entraîneur du Paris Saint-Germain, X »): a body in the title's complement."""
    start = index
    while start > 0 and tokens[start - 1].text[:1].isupper():
        start -= 1
    if start > 1 and fold(tokens[start - 1].text) in {"la", "l'", "the"}:
        start -= 1  # « le président de l'US Carvelle, X », « du club de la Jeunesse Sportive »
    return start > 0 and fold(tokens[start - 1].text) in _PREPOSITIONS


def title_after(tokens: list[Token], end: int, lex: Lexicon) -> list[Token]:
    """ "X, conseiller du Président," / "X, porte-parole du Kremlin.": a title after a name,
    closed by a comma or the sentence's end and holding no verb ("Defex, le ministre a
    démenti" is no title); "X le maire de Y," without its comma is one too."""
    if end >= len(tokens) or tokens[end].text != ",":
        if end < len(tokens) and fold(tokens[end].text) in {"le", "la", "l'"}:
            return title_after([*tokens[:end], _COMMA, *tokens[end:]], end, lex)
        if end < len(tokens) and fold(tokens[end].text) in _COPULAS:  # « X est le directeur »
            return title_after([*tokens[:end], _COMMA, *tokens[end + 1 :]], end, lex)
        return []
    index = end + 1
    if index < len(tokens) and fold(tokens[index].text) in DETERMINERS:
        index += 1
    if index >= len(tokens) or fold(tokens[index].text) not in role_heads(lex):
        return []
    last = index
    while last < min(len(tokens), index + 2 * _WINDOW) and tokens[last].text not in {",", ".", ";"}:
        last += 1
    closed = last == len(tokens) or tokens[last].text in {",", "."}
    verbs = verb_forms(lex)
    verb = any(t.text[:1].islower() and fold(t.text) in verbs for t in tokens[index:last])
    if not closed or verb:  # "député du Jura": a capital is a place, not « jura »
        return []
    if last - index > _WINDOW:
        last = _before_setting(tokens, index, last)
    return list(tokens[index:last]) if last - index <= _WINDOW else []


def _before_setting(tokens: list[Token], index: int, last: int) -> int:
    """Where a title too long to be one stops before the words that say where it was said
    (« X, le maire de la commune au micro de la radio », « sur RTL », "on CNN"): the first
    such preposition past the role word, else ``last``. A short title keeps them (« adjoint
    au maire »)."""
    for at in range(index + 2, last):
        if fold(tokens[at].text) in _SETTING_STARTS:
            return at
    return last


# « Cristian X est le directeur du centre. », "Jo Li is the head of the school.": the title
# a sentence gives its named subject, for a later « poursuit le directeur ». Present tense
# only: « X était le maire jusqu'en 2014 », "X was the mayor until 2019" names a former
# holder, and the later « le maire » is the one in office.
_COPULAS = frozenset({"est", "is"})
_SETTING_STARTS = {"au", "sur", "dans", "devant", "auprès", "lors", "on", "during"}


def best_described(
    wanted: tuple[str, frozenset[str]],
    candidates: list[tuple[str, list[tuple[str, frozenset[str]]]]],
) -> str | None:
    """The candidate (key, its titles), latest first, with a title of the same head sharing
    most words with the description ``wanted``; None when no title has that head."""
    head, words = wanted
    best: tuple[int, str] | None = None
    for key, titles in candidates:
        for title_head, title_words in titles:
            if title_head != head:
                continue
            score = len(words & title_words)
            if best is None or score > best[0]:
                best = (score, key)
    return None if best is None else best[1]


def by_title(phrase: str, recent: list[Entity], lex: Lexicon) -> Entity | None:
    """Of the entities met (latest first), the one whose title has this description's head
    ("le procureur de la République" after "le procureur de la République de l'île, X")."""
    wanted = description_of(phrase, lex)
    if wanted is None:
        return None
    found = best_described(wanted, [(str(i), e.titles) for i, e in enumerate(recent) if e.titles])
    return None if found is None else recent[int(found)]


BE = {"est", "était", "sera", "serait", "is", "was", "will", "has", "had", "a", "avait"}
