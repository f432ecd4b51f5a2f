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

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.roles import after_complement
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


@built_once
def title_determiners(lex: Lexicon) -> frozenset[str]:
    """The articles and possessives a title opens on (« le ministre », « son adjoint », "the
    mayor", "her lawyer"; lexicon ``title_determiners``, each language its own): not the
    lexicon's ``determiners``, whose « ce », « notre », « au » open no title."""
    return lex.word_set("title_determiners")


@built_once
def verb_forms(lex: Lexicon) -> frozenset[str]:
    """Auxiliaries and reporting verb forms, which no title holds (computed once)."""
    return frozenset(lex.auxiliaries | lex.finite | lex.reflexive_auxiliaries)


PERSON_OFFICE_LISTS = (
    "person_descriptions",
    "anonymous_heads",
    "unnamed_person_nouns",
    "held_offices",
)
"""The lexicon lists of head nouns only a person holds (an office, a trade, an unnamed
person), joined once by ``Lexicon.word_sets`` wherever they are read."""

_MARK_WINDOW = 24
"""Characters read before a name for the word that puts it in a complement (« à l' »), or
for a kind of place and the word before it (« du département »)."""


@built_once
def role_heads(lex: Lexicon) -> frozenset[str]:
    """Words that head a title: a role, an office, a kind of source (computed once)."""
    return (
        lex.word_set("person_descriptions")
        | lex.word_set("anonymous_heads")
        | lex.word_set("named_institutions")
        | lex.word_set("held_offices")
    )


def after_preposition(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The name at ``start`` follows a preposition ("de la", "à", "in"; lexicon
    ``name_complement_prepositions`` besides « de / of »): it is in a complement, not in
    apposition to a title."""
    if after_complement(tokens, start, lex):
        return True
    prepositions = lex.word_set("name_complement_prepositions")
    return start > 0 and fold(tokens[start - 1].text) in prepositions


def names_body_of_complement(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The name at ``start`` is the proper name of a body its complement's noun gives
    (« la présidente de l'association X », « le chef du groupe X », "the head of the union
    X"): a lowercase body noun (lexicon ``organisation_anaphors``, ``organisation_name_words``)
    right before it, in a complement itself. The title before belongs to someone else, the
    body's officer, never to the body (subjects32). A name opening on a first name or a civil
    title is the officer's own (« l'avocate du club Jeanne X »)."""
    if start < 2 or not tokens[start - 1].text[:1].islower():
        return False
    first = tokens[start].text
    if first_name_gender(first, lex) or _civil_title(first, lex):
        return False
    noun = fold(tokens[start - 1].text)
    bodies = lex.word_sets("organisation_anaphors", "organisation_name_words")
    return noun in bodies and after_complement(tokens, start - 1, lex)


@built_once
def civil_titles(lex: Lexicon) -> frozenset[str]:
    """The lexicon's ``titles`` folded, without their period, and the English ones a French
    article writes (« Mr. van der Berg », lexicon ``english_title_abbreviations``; mend35e:
    tidy35 dropped "mr", "mrs", "ms" from the code, which only English titles held). Built once
    per lexicon: every capitalised word is tested."""
    titles = lex.raw.get("titles", []) + lex.raw.get("english_title_abbreviations", [])
    return frozenset(fold(t).rstrip(".") for t in titles)


def _civil_title(word: str, lex: Lexicon) -> bool:
    """« M. », « Mme », « Dr » (``civil_titles``, the tokens lose their period) or « Maître »
    (lexicon ``tie_titles``): a title of the person, not of a body (mend32b: the raw
    ``titles`` missed « M » and « Maître »)."""
    folded = fold(word)
    return folded.rstrip(".") in civil_titles(lex) or folded in lex.word_set("tie_titles")


def content_words(phrase: str, lex: Lexicon) -> tuple[str, ...]:
    """A description's words that say who, in order: synonyms made one ("chef de l'Etat"
    -> "président"), articles and prepositions set aside, plurals made singular. Kept per
    phrase: every later description compares itself with the names met before."""
    return lex.remembered("content_words", phrase, lambda key: _content_words(key, lex))


def _content_words(phrase: str, lex: Lexicon) -> tuple[str, ...]:
    text = " " + " ".join(_spaced(fold(phrase))) + " "
    text = _MARKS.sub(" ", text)
    text = " " + " ".join(text.split()) + " "
    for variant, canonical in _synonym_replacements(lex):
        text = text.replace(variant, canonical)
    stop = lex.word_set("description_stop_words")
    kept = [singular(w) for w in text.split() if w not in stop and w.replace("-", "").isalpha()]
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


_MARKS = re.compile(r"[«»“”\"(),.;:]")  # compiled once: every description is compared
_ELISION = re.compile(r"([ldjnst]|qu)'")


def _spaced(text: str) -> list[str]:
    return _ELISION.sub(r"\1' ", text).split()


def singular(word: str) -> str:
    """A folded noun without its plural « s » (« procureurs », "officials"), to compare a
    noun with another's words whatever their number; « press », « business » keep theirs."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


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


def by_title(phrase: str, recent: list[Entity], lex: Lexicon, text: str = "") -> Entity | None:
    """Of the entities met (latest first), the one whose title has this description's head
    ("le procureur de la République" after "le procureur de la République de l'île, X"); a
    person's office passes over a one-word name no person's (``placed_word``, holder44)."""
    wanted = description_of(phrase, lex)
    if wanted is None:
        return None
    if text and person_office(wanted[0], lex):
        recent = [e for e in recent if not placed_word(e, text, lex)]
    found = best_described(wanted, [(str(i), e.titles) for i, e in enumerate(recent) if e.titles])
    return None if found is None else recent[int(found)]


def person_office(head: str, lex: Lexicon) -> bool:
    """A head noun only a person holds (« le maire », « l'élue », « le préfet »;
    ``PERSON_OFFICE_LISTS``): a place or a party written in such a title's complement (« Le
    préfet de Saint-Pierre et Miquelon », « Le maire de X reçu à l'Elysée ») carries the title
    as the reader met it, but is never the person a later « le préfet » takes up (holder44)."""
    return head in lex.word_sets(*PERSON_OFFICE_LISTS)


def placed_word(entity: Entity, text: str, lex: Lexicon) -> bool:
    """A one-word name the reader found no person's, first met right after a preposition or
    an article of a complement (lexicon ``place_word_marks``: « reçu à l'Elysée »,
    « Saint-Pierre et Miquelon »): a place or a seat. Not a surname in apposition (« Le
    maire, Marchand, », « Le maire (LR) Marchand », « Marchand, le maire, »), nor a longer
    name, which may be a person's whose particle or article made the reader doubt (« Bruno
    Le Maire »). Only a short window before the mention is folded (mend44b). A name after a
    kind of place opened by one (« de la zone Grand-Est ») is a place too (leftover45), and
    so is one after a plant or a site (« de l'usine X », « du site X »: mend58d)."""
    if entity.person or len(entity.name.split()) != 1 or not entity.mentions:
        return False
    start = entity.mentions[0][0]
    before = text[max(0, start - _MARK_WINDOW) : start]
    if not before.endswith((" ", "'", "\u2019")):
        return False
    words = fold(before).replace("'", "' ").split()  # « de l'usine X »: « l' », « usine »
    return bool(words) and (
        words[-1] in lex.word_set("place_word_marks")
        or (len(words) > 1 and _kind_of_place(words[-2], words[-1], lex))
    )


def _kind_of_place(word: str, noun: str, lex: Lexicon) -> bool:
    """« de la zone Grand-Est », « la région Occitanie »: a noun of a kind of place (lexicon
    ``place_kind_nouns``) opened by an article or a preposition names the place it is written
    with; « Le maire Marchand », an office, never (leftover45)."""
    kinds = lex.word_sets("place_kind_nouns", "site_kind_nouns")  # « de l'usine X » (mend58d)
    return noun in kinds and word in lex.word_set("place_word_marks")


def verb_word(folded: str, lex: Lexicon) -> bool:
    """A verb wherever it stands after a name: a reporting form or an auxiliary
    (``verb_forms``), or a short form of « être » / « avoir », "be" / "have" (lexicon
    ``name_verb_words``: « Joe Biden était à Paris »), which ends a title or an apposition."""
    return folded in verb_forms(lex) or folded in lex.word_set("name_verb_words")
