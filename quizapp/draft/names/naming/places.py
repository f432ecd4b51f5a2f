"""Places and peoples beside names: a capitalised word after « à » or « en » is a place, a plural
after « les » or « des » a people (« les Français »), a word ending like a noun of inhabitants
(« lyonnais », « européenne ») a demonym (« La Coréenne Yunhyie Park »: no part of the name)
unless an outlet's name holds it (« Le Parisien »). None of them is a body or a person a
description may take up.
"""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORD_THEN_STOP = re.compile(r"[\w'’-]+\s*(?:[.,;:)]|$)")


def demonym_before(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """« La Coréenne », « le Marseillais », « l'Italienne »: the capitalised word at
    ``index``, after a definite article, ends like a noun of inhabitants (lexicon
    ``inhabitant_endings``); before two more capitalised words it describes the person
    they name and is no part of the name. An outlet (« Le Parisien ») is never one."""
    word = fold(tokens[index].text)
    if not index or len(word) < 5:
        return False
    if fold(tokens[index - 1].text) not in lex.word_set("definite_articles"):
        return False
    if not ends_like_inhabitant(word, lex):
        return False
    return word not in outlet_words(lex)


def ends_like_inhabitant(folded: str, lex: Lexicon) -> bool:
    """A folded word ending as a noun or adjective of inhabitants does (« lyonnais »,
    « européenne », « toulousain »: lexicon ``inhabitant_endings``); each caller adds what
    rules it out in its own place (an outlet's name, a common adjective ending so). A word
    of nationality that ends otherwise (« belge », « allemande ») is listed whole (lexicon
    ``nationality_words``)."""
    return folded.endswith(_inhabitant_endings(lex)) or folded in lex.word_set("nationality_words")


@built_once
def _inhabitant_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("inhabitant_endings"))


@built_once
def outlet_words(lex: Lexicon) -> frozenset[str]:
    """Every word of an outlet's name, folded (« le parisien »: « Le Parisien X » is no demonym,
    « le Républicain » no inhabitant: speaker_phrases/source_names), joined once per lexicon."""
    return frozenset(word for name in lex.words("outlets") for word in name.split())


def inhabitants_group(phrase: str, lex: Lexicon) -> bool:
    """« les Mauriacois », « des Hazebrouckois », « les Américains »: a plural article (lexicon
    ``people_articles``) and one capitalised word ending as a noun of inhabitants is a people,
    a group no one can name (the keys label it vague, labels55), never a name; an outlet's or a
    party's word (« Les Échos », « Les Républicains ») is a name."""
    found = _people(lex).fullmatch(phrase.strip())
    if found is None:
        return False
    word = fold(found.group(1))
    if word in outlet_words(lex) or word in _party_words(lex):
        return False
    return ends_like_inhabitant(word, lex) or ends_like_inhabitant(word.rstrip("sx"), lex)


@built_once
def _people(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?i:{lex.one_of('people_articles')})\s+([A-ZÀ-Ý][a-zà-ÿ-]{{3,}})")


@built_once
def _party_words(lex: Lexicon) -> frozenset[str]:
    """Every word of a party's name (lexicon ``party_families``), folded."""
    names = [name for names in lex.raw.get("party_families", {}).values() for name in names]
    return frozenset(fold(word) for name in names for word in name.split())


@built_once
def _place_or_people(lex: Lexicon) -> re.Pattern[str]:
    """A place's preposition (« à », « en ») or a people's article (« les », « des »), as
    written, just before a name (lexicon place_prepositions, people_articles)."""
    articles = lex.one_of("people_articles")
    return re.compile(rf"\b(?:{lex.one_of('place_prepositions')}|{articles})\s+$")


def place_or_people(text: str, start: int, lex: Lexicon) -> bool:
    """A capitalised word the text writes after « à » or « en » (« à Montauban », « en
    France »: a place), or after a plural article with a plural ending (« les Français »,
    « des Belges »: a people): no body a description of one may take up."""
    found = _word_after(text, start, _place_or_people(lex))
    if found is None:
        return False
    before, word = found
    people = word.endswith("s") and not word.isupper()
    return before in lex.word_set("place_prepositions") or people


def place_or_nation(text: str, start: int, lex: Lexicon) -> bool:
    """A capitalised word the text writes after « à » or « en » (a place), or a plural
    after a plural article that names a people (« les Français », « Les Belges »: a word of
    nationality, ``of_a_place``), never a party (« les Républicains »)."""
    found = _word_after(text, start, _place_or_nation(lex))
    if found is None:
        return _county_after_place(text, start, lex)
    before, word = found
    nation = word.endswith("s") and of_a_place(fold(word), lex)
    field = before in lex.word_set("field_prepositions")  # « délégué aux Transports »
    return before in lex.word_set("place_prepositions") or nation or field


def _county_after_place(text: str, start: int, lex: Lexicon) -> bool:
    """ "in Sutton Courtenay, Oxfordshire.": a capitalised word set after a place and its
    comma, closing the phrase, is the place's county or country, a place too (english20);
    not "In London, Acme said", where a verb follows the name."""
    place = _after_place(lex).search(text, max(0, start - 60), start)
    return place is not None and _WORD_THEN_STOP.match(text[start:]) is not None


@built_once
def _after_place(lex: Lexicon) -> re.Pattern[str]:
    """A place's preposition, the place's capitalised words, then a comma, up to the end."""
    words = r"(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*"
    return re.compile(rf"\b(?:{lex.one_of('place_prepositions')})\s+{words},\s*$")


def _word_after(text: str, start: int, before: re.Pattern[str]) -> tuple[str, str] | None:
    """The little word ``before`` finds just ahead of ``start`` and the word at ``start``
    (empty when none), or None when no such word stands there: what the two readings above
    share, each with its own list of little words."""
    found = before.search(text, max(0, start - 5), start)
    if found is None:
        return None
    word = re.match(r"[\w-]+", text[start:])
    return found.group().strip(), word.group() if word is not None else ""


@built_once
def _place_or_nation(lex: Lexicon) -> re.Pattern[str]:
    """As ``_place_or_people``, with an office's field (« aux ») and the articles in either
    case (« Les Belges »)."""
    places = f"{lex.one_of('place_prepositions')}|{lex.one_of('field_prepositions')}"
    return re.compile(rf"\b(?:{places}|(?i:{lex.one_of('people_articles')}))\s+$")


def of_a_place(word: str, lex: Lexicon) -> bool:
    """« français », « européenne », « lyonnais »: a folded word, singular or plural, ending
    like an adjective of nationality or place (lexicon ``inhabitant_endings``) that is no
    common adjective ending so (``place_adjective_lookalikes``: « la compagnie aérienne »,
    « l'organisation humanitaire », « l'autorité urbaine » are the body met)."""
    forms = (word, word[:-1])  # « français », « européens »
    if any(form in lex.word_set("place_adjective_lookalikes") for form in forms):
        return False
    return any(ends_like_inhabitant(form, lex) for form in forms)
