"""What stands before a name the narration meets: the words a sentence's subject name may
follow (titles, articles, a few time words), and a noun for a kind of body that makes the
name a body's (« la société X »). Split out of speakers/narration (review21), which asks
both for each name it reads."""

from __future__ import annotations

from quizapp.draft.names.titles.descriptions import role_heads
from quizapp.draft.speakers.bodies.body_kinds import body_nouns, kind_complement_start
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


@built_once
def subject_leads(lex: Lexicon) -> frozenset[str]:
    """The words that may stand before a sentence's subject name: role heads and the
    lexicon's ``subject_lead_words`` (joined once per lexicon, not for each name met)."""
    return role_heads(lex) | lex.word_set("subject_lead_words")


def of_kind(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """A name written after an article and a noun for a kind of body (« la société X »,
    « l'association Y »), maybe with that noun's complement of common words between
    (« l'association de consommateurs X »): a body, whatever its words look like; « du
    conseil X » (a complement, then a person) is not. A place named after someone (« du
    collège Henri Fertet », « l'école élémentaire Jean-Moulin »: lexicon named_place_nouns,
    maybe one lowercase word between) is no one either (speakers21), nor is one whose own
    first word is such a noun, a name after it (« Quai Brizeux, où l'on peut… »: noone52)."""
    before = [fold(t.text) for t in tokens[max(0, start - 2) : start] if t.text.islower()]
    if set(before) & lex.word_set("named_place_nouns") or _place_name(tokens, start, lex):
        return True
    kind = kind_complement_start(tokens, start, lex) or start - 1
    if kind < 1 or fold(tokens[kind - 1].text) not in lex.word_set("definite_articles"):
        return False
    return fold(tokens[kind].text) in body_nouns(lex)


def _place_name(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """« Quai Brizeux », « Rue Victor-Hugo »: a capitalised noun of a way or an open place
    (lexicon ``open_place_nouns``, no body that speaks) opening the name, a capitalised word
    right after it."""
    if start + 1 >= len(tokens) or not tokens[start].text[:1].isupper():
        return False
    opening = fold(tokens[start].text) in lex.word_set("open_place_nouns")
    return opening and tokens[start + 1].text[:1].isupper()
