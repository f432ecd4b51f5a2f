"""Proper names in a sentence's tokens: which capitalised words belong to a name, and where a
name run begins and ends (particles inside, an article or a title before it set apart).

Kept apart from reading what a source phrase is (sources/reading.py): the narration records every
name it meets here, whether or not anyone speaks.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.names.naming.common_words import common_word
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.party_qualifiers import party_after_person
from quizapp.draft.names.naming.roles import after_complement
from quizapp.draft.names.titles.descriptions import civil_titles, role_heads
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, built_once, date_word, fold

_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|at|an|ben|bin|abu|ibn|bou)-[A-Z]")


def is_name_token(token: Token, lex: Lexicon, first: bool) -> bool:
    """A capital word that may be in a name (no opening article, no SHOUTED word but KATU-TV)."""
    word = token.text
    if not word[:1].isupper():  # most words: a particle name is the only one kept
        return "-" in word and _PARTICLE_NAME.match(word) is not None  # "al-Otaibi"
    if not any(ch.isalpha() for ch in word):
        return False
    function_words = lex.raw_set("function_words")
    if word in function_words or word.rstrip("'’") in function_words:
        return False
    if first and common_word(fold(word), lex):
        return False
    return not (first and word.isupper() and max(len(p) for p in word.split("-")) > 6)


def proper_names(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of name tokens (token index ranges, end exclusive), particles allowed inside."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        end = _name_run_end(tokens, index, lex)
        if end is None:
            index += 1
            continue
        runs.append((index, end))
        index = end
    return _shouted_names(tokens, lex) if _shouted(tokens, lex) else runs


def _shouted(tokens: list[Token], lex: Lexicon) -> bool:
    """A sentence written in capitals (a shouted headline or subhead, « PROJET DE TERRITOIRE :
    TOUT POUR ARJUZANX ») whose capitals say little of names: as many words of two letters or
    more as the lexicon's ``shouted_line`` asks, nearly all in capitals (none asked: no
    language but the one measured reads it)."""
    shape = lex.raw.get("shouted_line")
    if not shape:
        return False
    words = [t.text for t in tokens if len(t.text) > 1 and t.text.isalpha()]
    shouted = sum(word.isupper() for word in words)
    return len(words) >= shape["min_words"] and shouted >= shape["share"] * len(words)


def _shouted_names(tokens: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """The names a shouted sentence still shows: a known first name and the word in capitals
    after it, no function word (« PAUL ROY DÉFEND SON BUDGET »: the « il » below points back to
    Paul Roy, mend59d; not « PIERRE ET »); its other capitals are the headline's."""
    found: list[tuple[int, int]] = []
    function_words = lex.raw_set("function_words")  # written « Et », « De », « La »
    for index, (word, after) in enumerate(pairwise(t.text for t in tokens)):
        surname = after.isupper() and after.isalpha() and after.capitalize() not in function_words
        taken = bool(found) and found[-1][1] > index  # « JEAN PAUL ROY »: one name
        if surname and not taken and word.isupper() and first_name_gender(word, lex):
            found.append((index, index + 2))
    return found


def _name_run_end(tokens: list[Token], index: int, lex: Lexicon) -> int | None:
    """Where the run of name tokens opening at ``index`` ends, or None where no name opens
    there (each refusal skips one token only)."""
    if not is_name_token(tokens[index], lex, index == 0) or party_after_person(tokens, index, lex):
        return None  # « le maire UDI de Lunel »: the party qualifies the noun (pronouns36)
    end = _run_end(tokens, index, lex)
    if end == index + 1 and _ELIDED.match(tokens[index].text):
        return None  # "L’entretien", "D’après": an elided article alone names no one
    if _date(tokens, index, lex):
        return None  # "in March", "on 18 April Mr Yafele": a date names no one
    end = _widened(tokens, index, end, lex)
    if end == index + 1 and lone_title(tokens, index, lex):
        return None  # « a dit M. le maire »: the title belongs to the name after it
    return end


def _run_end(tokens: list[Token], index: int, lex: Lexicon) -> int:
    """The end of the run of adjacent name tokens starting at ``index``; a particle between
    two of them ("Charles de Gaulle", "Ursula von der Leyen") belongs to the run."""
    end = index + 1
    while end < len(tokens):
        named = _after_particles(tokens, end, lex)
        if is_name_token(tokens[end], lex, False) and tokens[end].start <= tokens[end - 1].end + 1:
            end += 1
        elif named is not None:
            end = named + 1
        elif _nickname(tokens, end, lex):  # Clarence “Curly” Jones
            end += 3
        else:
            break
    return end


def _after_particles(tokens: list[Token], at: int, lex: Lexicon) -> int | None:
    """The index of the name after one particle (« de Blauwe », « Le Gall ») or two (« von der
    Leyen »), or None. Two only when the first is not « de » and the second is in lower case
    (« Dupont de La Poste » is a name and a complement); a title opens another name."""
    particles, last = lex.word_set("name_particles"), at
    while last < len(tokens) and last - at < 2 and fold(tokens[last].text) in particles:
        last += 1
    if last == at or last >= len(tokens) or not is_name_token(tokens[last], lex, False):
        return None
    second, name = tokens[at + 1].text, tokens[last].text
    if {name, name + "."} & lex.raw_set("titles"):  # « auprès de Medscape le Dr Paul X »
        return None
    de = fold(tokens[at].text) in lex.word_set("de_forms")
    if last - at == 2 and (de or not second[:1].islower()):
        return None
    return last


def _nickname(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """A one-word quoted nickname between a first name and a surname ("Clarence “Curly”
    Jones"): it belongs to the name, which goes on after it."""
    if at + 3 >= len(tokens):
        return False
    opening, word, closing, after = tokens[at : at + 4]
    return (
        opening.text in {"“", '"', "‘"}
        and closing.text in {"”", '"', "’"}
        and is_name_token(word, lex, False)
        and is_name_token(after, lex, False)
        and word.start == opening.end
        and closing.start == word.end
    )


def _widened(tokens: list[Token], index: int, end: int, lex: Lexicon) -> int:
    """The run's end once the words that belong to a name around it are taken in: an
    acronym, a body or a complement before a person, a body's complement or "and", a title
    with its period ("M. Dupont"), or titles stacked ("Lt. Gen. Jane Doe")."""
    end = _acronym_before_person(tokens, index, end)
    end = _body_before_person(tokens, index, end, lex)
    end = _complement_before_person(tokens, index, end, lex)
    end = _body_with_complement(tokens, end, lex)
    end = _body_with_and(tokens, end, lex)
    start = index
    while end == start + 1 and title_then_name(tokens, start, lex):
        start += 2  # "M. Dupont", « M. de Blauwe », "Maj. Gen. X": each title and its period
        end = _run_end(tokens, start, lex)
    return end


_ELIDED = re.compile(r"^(?:[A-Za-z]|Qu|Jusqu|Lorsqu|Puisqu)['’]$")


def _date(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A month or a day after a preposition of time (lexicon ``date_prepositions``) or next to
    a number ("since March", "March 5"); "May said…" alone may still be a person."""
    if not date_word(tokens[index].text, lex):
        return False
    before = fold(tokens[index - 1].text) if index else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    number = before[-1:].isdigit()  # "5 May", "12-13 July"
    return before in lex.word_set("date_prepositions") or number or after[:1].isdigit()


def _body_with_complement(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """ "the Office for National Statistics", "the Bank of England": a name ending with a
    word naming a body goes on through "of" / "for" and the capitalised words after it."""
    bodies = lex.word_set("organisation_name_words")
    if end + 1 >= len(tokens) or fold(tokens[end - 1].text) not in bodies:
        return end
    if tokens[end].text not in {"of", "for"} or not is_name_token(tokens[end + 1], lex, False):
        return end
    last = end + 1
    while last < len(tokens) and is_name_token(tokens[last], lex, False):
        last += 1
    return last


def _body_with_and(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """ "the Food and Drug Administration", "Ministère de l'Europe et des Affaires
    étrangères": "and" inside a name that ends with a word naming a body."""
    if end + 1 >= len(tokens) or fold(tokens[end].text) not in {"and", "&", "et"}:
        return end
    last = end + 1
    while last < len(tokens) and is_name_token(tokens[last], lex, False):
        last += 1
    bodies = lex.word_set("organisation_name_words")
    return last if last > end + 1 and fold(tokens[last - 1].text) in bodies else end


def _complement_before_person(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """ "le ministre de l'Intérieur Gérald Darmanin", "the mayor of London Sadiq Khan",
    « l'émissaire de l'Onu pour la Syrie Staffan de Mistura »: a run of three names or more
    right after "de", "de la", "of" or a French preposition of place or purpose is the
    complement's own word followed by a person's name; the complement ends its own run."""
    if end - start < 3:
        return end
    if not (after_complement(tokens, start, lex) or _after_place(tokens, start, lex)):
        return end
    if fold(tokens[start].text) in civil_titles(lex):
        return end  # « les clients de Me Marc Castan »: the title opens the person's name
    saint = fold(tokens[start].text) in lex.word_set("saints")  # « à Saint Martin Vésubie »
    return start + 1 if tokens[start + 1].text[:1].isupper() and not saint else end


def _after_place(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The word at ``start`` follows « pour la », « en », « au », « à »: a place or a cause
    an office covers (« l'ambassadeur de France en Russie Pierre X »)."""
    before = [fold(t.text) for t in tokens[max(0, start - 2) : start]]
    if before and before[-1] in lex.word_set("head_articles"):
        before = before[:-1]
    return bool(before) and before[-1] in lex.word_set("office_place_words")


def _acronym_before_person(tokens: list[Token], start: int, end: int) -> int:
    """ "la secrétaire générale de la CGT Sophie Binet": an acronym followed by a first name
    and a surname ends its own run ("BNP Paribas", one word after it, stays one name)."""
    first = tokens[start].text
    acronym = len(first) >= 2 and first.isupper() and first.isalpha() and end - start >= 3
    rest = tokens[start + 1 : end]
    if acronym and all(t.text[:1].isupper() and not t.text.isupper() for t in rest):
        return start + 1
    return end


def _body_before_person(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """ "le président de l'Académie des Arts et Techniques du Cinéma Alain Terzian": a listed
    first name and one or two capitalised words closing a longer run are a person's name
    after a body's; the body's name ends its own run ("Jean Marie Dupont" stays one)."""
    for first in range(start + 1, end - 1):
        if end - first > 3 or not first_name_gender(tokens[first].text, lex):
            continue
        before = tokens[first - 1].text  # « Saint Martin Vésubie »: a place, not a person
        after_first_name = first_name_gender(before, lex) or fold(before) in lex.word_set("saints")
        surname = all(t.text[:1].isupper() for t in tokens[first + 1 : end])
        heads = _titles_or_roles(lex)  # "House Speaker X", "Sir X": a title, not a body
        titled = any(fold(t.text) in heads for t in tokens[start:first])
        return first if surname and not after_first_name and not titled else end
    return end


def title_then_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A civil title, its period, then a name, which may open on a particle (« M. de Blauwe »,
    « M. Le Gall », "Mr. van der Berg"); « M. le Président » is a title and an office. Such a
    name is a person's even after "the" ("the Rev. Jane Doe"), where a body's would not be."""
    if (
        fold(tokens[index].text) not in civil_titles(lex)
        or index + 2 >= len(tokens)
        or tokens[index + 1].text != "."
    ):
        return False
    if is_name_token(tokens[index + 2], lex, False):
        return True
    named = _after_particles(tokens, index + 2, lex)
    if named is None:
        return False  # « M. Le Maire », « M. Le Drian »: a capital particle opens a surname
    return tokens[index + 2].text[:1].isupper() or fold(tokens[named].text) not in role_heads(lex)


def lone_title(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A title's abbreviation (« M. », « Mme », « MM. », "Mr", "Dr") is no name by itself: a
    run it makes alone is the title of the words after it (« M. le maire »), which name or
    describe the person (mend57g: « a dit M. Le Maire » gave the words to 'M')."""
    word, after = fold(tokens[index].text), tokens[index + 1 : index + 2]
    if not after or (after[0].start == tokens[index].end and after[0].text != "."):
        return False  # « 3 M€ »: a unit, no title
    dotted = after[0].text == "."
    plural = {w.rstrip(".") for w in lex.word_set("plural_title_abbreviations")}
    acronym = len(word) > 1 and tokens[index].text.isupper()  # « le MR mardi », no "Mr"
    titled = word in civil_titles(lex) and (dotted or len(word) <= 4) and not acronym
    return word in plural or titled


@built_once
def _titles_or_roles(lex: Lexicon) -> frozenset[str]:
    """Role heads and civil titles (``titles``, "sir", "dame"): the words before a first
    name that make it a title and a name, not a body's name."""
    civil = frozenset(fold(t).rstrip(".") for t in lex.raw.get("titles", [])) | {"sir", "dame"}
    return role_heads(lex) | civil


def name_span_of(tokens: list[Token], run: tuple[int, int]) -> Span:
    """Where a name run is written, without a possessive 's ("Donald Trump's spokeswoman"
    mentions Donald Trump)."""
    last = tokens[run[1] - 1].text
    possessive = len(last) > 3 and last[-2:] in {"'s", "’s"}
    return tokens[run[0]].start, tokens[run[1] - 1].end - (2 if possessive else 0)
