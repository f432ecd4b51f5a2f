"""Whether the head of a description names a person, a body or a thing: « la police » and "the
company" are bodies, « le tract », « la théorie agronomique » and « une longue instruction de
l'Office » things, so that a later « il » / « elle » or a lone quotation does not take them up
as someone who speaks. The lexicon's lists decide (person lists first, then the bodies', the
documents' and the endings of nouns of ideas); a noun in none stays undecided, since no list
holds every trade.

Out of ``described.py`` since tidy43 (which had reached 300 lines): ``Described`` asks these
tests of every description it makes a speaker of its own, and of the roles it takes up.
"""

from __future__ import annotations

import re

from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, fold, people_nouns


def body_noun(head: str, lex: Lexicon) -> bool:
    """ "la police", "le parquet", "the company": a body, not a person; nor is an English
    document ("a new study says…": "she" later is someone else)."""
    people = ("person_descriptions", "anonymous_heads", "unnamed_person_nouns")
    if any(head in lex.word_set(key) for key in people):
        return False  # "directeur", "ministre": offices held by people
    if lex.language == "en" and head in lex.word_set("possessed_documents"):
        return True
    return any(
        head in lex.word_set(key)
        for key in ("named_institutions", "organisation_anaphors", "organisation_name_words")
    )


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # « vice-procureur », not « 1er »


def no_person_noun(phrase: str, head: str, lex: Lexicon) -> bool:
    """A French description whose noun is an idea or a known thing is no person: « la
    théorie agronomique », « le tract », « le premier discours de son mandat », « une longue
    instruction de l'Office ». The thing must be a noun of the lexicon's document, speech
    and inscription lists (``thing_noun_lists``) before the first complement of a
    description an article or a possessive opens (« premier » may stand before it): an
    unknown noun stays undecided, since no list holds every trade (mend39a: « le plombier »,
    « la pédiatre de garde », missing from the person lists, had turned into no one)."""
    if not lex.words("abstract_noun_endings"):
        return False  # English: "government" or "management" name bodies
    if _abstract_noun(head, lex):
        return True
    words = folded_words(phrase)
    if not words or words[0] not in lex.word_set("title_determiners"):
        return False
    nouns = _before_complement(words[1:], lex)
    things = people_nouns(lex, "thing_noun_lists") - people_nouns(lex, "person_subject_noun_lists")
    return any(w in things for w in nouns) or (bool(nouns) and _abstract_noun(nouns[-1], lex))


def _before_complement(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a noun group after its determiner, up to its first preposition or
    punctuation and at most three (« longue instruction » in « une longue instruction de
    l'Office »), each without a plural « s »."""
    stops = lex.word_set("antecedent_prepositions")
    group: list[str] = []
    for word in words[:3]:
        if word in stops or not _WORD.fullmatch(word):
            break
        group.append(word.removesuffix("s"))
    return group


def _abstract_noun(head: str, lex: Lexicon) -> bool:
    """A French head noun of an idea, a state or an act (« la théorie agronomique », « la
    sécheresse », « la télévision »: endings of lexicon ``abstract_noun_endings``, « -ie »,
    « -ion », « -esse »…), which no person list of the lexicon holds: a description made of
    it after « selon » is no person, so a later « il » / « elle » or a lone quotation does
    not take it up (speakers38; the person lists keep « la victime », « la patronne »)."""
    folded = fold(head).removesuffix("s")
    endings = tuple(lex.words("abstract_noun_endings"))
    if not endings or not folded.endswith(endings):
        return False
    return folded not in people_nouns(lex, "person_subject_noun_lists")
