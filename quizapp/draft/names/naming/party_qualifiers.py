"""A party or union written right after a person noun qualifies that noun: « le maire UDI de
Lunel », « la cheffe de groupe PS », « les élus RN », « le délégué CGT » describe a person (or
people) by their party; the party does not speak and is no name of the person. Read before a
capital run is taken for a name (``names.proper_names``), so every reader of names sees the
description as « le maire socialiste de Lunel » is seen (pronouns36).
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender, someone_words
from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.speakers.acronyms.initials import looks_like_acronym
from quizapp.draft.text.segment import Token, tokens
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def party_after_person(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """The token at ``index`` is a party or union (a listed party, or a word in capitals of
    two to six letters that is no person noun: « PDG » is a title) right after a person noun
    (« le maire UDI »), or after a person noun and a bare « de » complement (« la cheffe de
    groupe PS »). After a determiner or a preposition (« le représentant du PS », « un
    porte-parole du syndicat CGT ») the party is a noun phrase of its own: not this."""
    start = _phrase_start(tokens, index, lex)  # « le délégué Force Ouvrière » (speakers58)
    if start is None and not _party_word(tokens[index].text, lex):
        return False
    if start is None and _before_first_name(tokens, index, lex):
        return True
    index = index if start is None else start
    before = tokens[index - 1].text if index else ""
    if not before.isalpha() or not before.islower() or fold(before) in _function_words(lex):
        return False
    if _person_word(fold(before), lex):
        return True
    noun = fold(tokens[index - 2].text) if index >= 2 else ""
    if fold(before) in lex.word_set("union_office_adjectives"):  # « délégué central CFDT »
        return _person_word(noun, lex)
    noun = tokens[index - 3].text if index >= 3 else ""
    return fold(tokens[index - 2].text) == "de" and _person_word(fold(noun), lex)


def without_qualifiers(phrase: str, lex: Lexicon) -> str:
    """The phrase with the parties and unions that qualify its person noun left out (« le
    délégué syndical FO du site de X » -> « le délégué syndical du site de X »): the office
    and its complement are then read as they would be with no union (mend58d: the place
    closing the complement is no name of the delegate)."""
    words = tokens(phrase, (0, len(phrase)), lex.language)
    for index in reversed(range(len(words))):
        if party_after_person(words, index, lex):
            cut = words[index]
            phrase = phrase[: cut.start].rstrip() + phrase[cut.end :]
    return phrase


def _phrase_start(tokens: list[Token], index: int, lex: Lexicon) -> int | None:
    """Where the union or party written in several words (lexicon ``qualifier_body_phrases``:
    « Force Ouvrière ») that holds the token at ``index`` starts, else None: each of its
    words qualifies the person noun before the first (speakers58)."""
    for phrase in lex.words("qualifier_body_phrases"):  # folded once by the lexicon
        words = phrase.split()
        for start in range(max(0, index - len(words) + 1), index + 1):
            if [fold(t.text) for t in tokens[start : start + len(words)]] == words:
                return start
    return None


def _before_first_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A listed party written as a title before a first name and a surname (« le PS Nicolas
    X », « L'UMP Emmanuel Y », speakers47): it says the person's party and is no part of the
    name, which runs from the first name."""
    if index + 2 >= len(tokens) or fold(tokens[index].text) not in _listed_parties(lex):
        return False
    first, surname = tokens[index + 1].text, tokens[index + 2].text
    return bool(first_name_gender(first, lex)) and surname[:1].isupper()


def _person_word(word: str, lex: Lexicon) -> bool:
    """A person noun in any number and gender: the lists hold « élu » and « chef », a text
    writes « les élus », « l'élue », « la cheffe » (the feminine endings are lexicon data)."""
    nouns = _person_words(lex)
    base = singular(word)
    return word in nouns or base in nouns or _masculine(base, lex) in nouns


def _masculine(word: str, lex: Lexicon) -> str:
    """The masculine a feminine written by adding to it stands for (lexicon
    ``added_feminine_endings``: « cheffe » -> « chef », « élue » -> « élu »), else the word."""
    for ending, kept in lex.raw["added_feminine_endings"].items():
        if word.endswith(ending):
            return word[: -len(ending)] + kept
    return word


def _party_word(word: str, lex: Lexicon) -> bool:
    """A party or union the lexicon lists (``party_families``, ``qualifier_bodies``: « Ecolo »,
    « CFDT »), or an acronym of two or three capitals that no list gives as a person noun
    (« PDG » is a title). A longer word in capitals is a surname as often as a body (« le juge
    LEROY », review36 item 10): only a list makes it a party."""
    if fold(word) in _listed_parties(lex):
        return True
    short = word.isupper() and len(word) <= 3 and looks_like_acronym(word)
    return short and not _person_word(fold(word), lex)


@built_once
def _listed_parties(lex: Lexicon) -> frozenset[str]:
    """The one-word parties of the lexicon's families and the bodies no family lists (unions,
    parties: ``qualifier_bodies``), computed once."""
    listed = lex.raw.get("party_families", {}).values()
    parties = frozenset(fold(party) for family in listed for party in family if " " not in party)
    return parties | lex.word_set("qualifier_bodies")


@built_once
def _person_words(lex: Lexicon) -> frozenset[str]:
    """The nouns of a person, a trade, a family of a party, or an office held (computed once)."""
    return someone_words(lex) | lex.word_set("held_offices")


@built_once
def _function_words(lex: Lexicon) -> frozenset[str]:
    """Determiners and complement prepositions: before a party, the party is its own noun
    phrase (« du PS », « au RN »), not a qualifier (computed once)."""
    return lex.word_sets("determiners", "complement_prepositions")
