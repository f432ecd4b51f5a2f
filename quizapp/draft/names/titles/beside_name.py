"""The title written beside a name: before it (« le procureur de la République de l'île, X »,
"le président américain X") or after it between commas (« X, conseiller du Président, »), the
tokens from its role word on, kept for a later « le ministre » to take the person up
(``descriptions.by_title``); and whether a name or its title is only a complement (« le groupe de
Marine Y »).
"""

from __future__ import annotations

from quizapp.draft.names.titles.descriptions import (
    after_preposition,
    names_body_of_complement,
    role_heads,
    title_determiners,
    verb_forms,
    verb_word,
)
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold

_WINDOW = 8
_COMMA = Token(",", -1, -1)


def in_complement(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """The name at ``run``, or the title written just before it, follows a preposition
    ("the administration of President X", « le groupe de Marine Y »): a mere mention."""
    title = _title_before(tokens, run[0], lex)
    start = tokens.index(title[0]) if title else run[0]
    if start and fold(tokens[start - 1].text) in title_determiners(lex):
        start -= 1  # "par le juge X"
    return after_preposition(tokens, start, lex)


def apposition(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> list[Token]:
    """The title written before a name ("le procureur de la République de l'île, X", "le
    président américain X") or after it between commas ("X, conseiller du Président,"):
    the tokens from its role word on, or nothing when no role word heads them."""
    before = _title_before(tokens, run[0], lex) if not _inserted_cue(tokens, run, lex) else []
    return before if before else title_beside(tokens, run, lex)


def _inserted_cue(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """ "The mayor, Tom Reed said, recommended…": the name after the comma is the subject of
    a cue inserted between commas (lexicon ``zero_that_forms``, English), not the title's
    holder (english37)."""
    after = [fold(t.text) for t in tokens[run[1] : run[1] + 2]]
    comma_before = run[0] > 0 and tokens[run[0] - 1].text == ","
    return comma_before and after[1:] == [","] and after[0] in lex.word_set("zero_that_forms")


def title_beside(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> list[Token]:
    """``title_after`` the name at ``run``; after a preposition only one set off by a comma and
    closed by a mark (« confie au Quotidien l'édile »: the outlet told; a headline's « l'accident
    du Cantal, un maire prend un arrêté » runs unclosed: a clause of its own, not the title)."""
    if not after_preposition(tokens, run[0], lex):
        return title_after(tokens, run[1], lex)
    spaced = run[1] < len(tokens) and tokens[run[1]].text == ","
    title = title_after(tokens, run[1], lex) if spaced else []
    return title if title and tokens[-1] is not title[-1] else []


def _title_before(tokens: list[Token], start: int, lex: Lexicon) -> list[Token]:
    """The title written just before the name at ``start`` (« la cheffe du parti, X », "le
    président américain X"): from the furthest role word of the words before it on; none
    after a preposition, nor for a group (« des sources concordantes, M. X »)."""
    if after_preposition(tokens, start, lex) or names_body_of_complement(tokens, start, lex):
        return []  # "le conseiller d'Emmanuel Macron", « la présidente de l'association X »
    if place_complement(tokens, start, lex):
        return []  # "council tax on the Isle of Wight", "Council bosses in Southend and Thurrock"
    first_role = _furthest_role(tokens, _before_apposition(tokens, start), lex)
    end = start - 1 if start and tokens[start - 1].text == "," else start
    if first_role is None or _plural_role(tokens, first_role, lex):
        return []
    return list(tokens[first_role:end])


def place_complement(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """english33: the name at ``start`` is where the words before it happen, not who holds
    them: it follows an English preposition of place and "the" ("a rise in council tax on the
    Isle of Wight"), or "and" after a name that follows a preposition ("Council bosses in
    Southend and Thurrock"). A title read back from it would give the place an office."""
    before = [fold(t.text) for t in tokens[max(0, start - 2) : start]]
    places = lex.word_set("group_place_prepositions")  # "in", "at", "on", "near"…
    if len(before) == 2 and before[1] == "the" and before[0] in places:
        return True
    if not before or before[-1] != "and":
        return False
    first = start - 1
    while first > 0 and tokens[first - 1].text[:1].isupper():
        first -= 1
    return first < start - 1 and (after_preposition(tokens, first, lex) or first == 0)


def _before_apposition(tokens: list[Token], start: int) -> int:
    """The last token before the name at ``start``, past the comma that sets it in apposition
    and an acronym in brackets (« la chef de Québec solidaire (QS), Manon Massé »)."""
    index = start - 1
    if index >= 0 and tokens[index].text == ",":
        index -= 1
    if index >= 2 and tokens[index].text == ")" and tokens[index - 2].text == "(":
        index -= 3  # "la chef de Québec solidaire (QS), Manon Massé"
    return index


def _furthest_role(tokens: list[Token], index: int, lex: Lexicon) -> int | None:
    """Walking back from ``index`` over at most ``_WINDOW`` words a title may hold, the index
    of the furthest role word met (lexicon ``role_heads``), or None."""
    heads, determiners = role_heads(lex), title_determiners(lex)
    linking = lex.word_set("title_linking_words")
    first_role = None
    for at in range(index, max(-1, index - _WINDOW), -1):
        word = fold(tokens[at].text)
        if not (word.isalpha() or word.endswith("'") or "-" in word):
            break
        if word in determiners and (at == 0 or fold(tokens[at - 1].text) not in linking):
            break
        if word in heads and not _body_after_of(tokens, at, lex):
            first_role = at
        elif _ends_title(tokens, at, heads, lex):
            break
    return first_role


def _ends_title(tokens: list[Token], index: int, heads: frozenset[str], lex: Lexicon) -> bool:
    """A word no title holds, read back from the name: a capitalised word after another
    that is no role word and names no body in the title's complement (another name), or a
    lower-case word that follows no role word, linking word or capital, or a verb."""
    word, text = fold(tokens[index].text), tokens[index].text
    previous = tokens[index - 1].text if index else ""
    if text[:1].isupper() and previous[:1].isupper():  # "…(N-VA), Didier Reynders": another name
        return fold(previous) not in heads and not _body_in_complement(tokens, index, lex)
    linking = lex.word_set("title_linking_words")
    if word in linking or not text[:1].islower():
        return False
    after_noun = fold(previous) in heads or fold(previous) in linking
    after_noun = after_noun or previous[:1].isupper()  # "Québec solidaire"
    return not after_noun or verb_word(word, lex)  # "Joe Biden était à Paris"


def _body_after_of(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "le vice-président de la Commission X": a capitalised role word after « de la »
    (lexicons ``title_complement_marks``, ``title_complement_articles``) names the body, not
    the person's office."""
    before = [fold(t.text) for t in tokens[max(0, index - 2) : index]]
    marks = lex.word_set("title_complement_marks")  # « de », « du »; none in English
    after_of = bool(before) and before[-1] in marks
    after_of = after_of or (len(before) == 2 and before[0] in marks)
    if not after_of or not tokens[index].text[:1].isupper():
        return False
    return before[-1] in marks or before[-1] in lex.word_set("title_complement_articles")


def _plural_role(tokens: list[Token], role: int, lex: Lexicon) -> bool:
    """ "qui cite des sources concordantes, M. X": a group before a name (lexicon
    ``plural_title_openers``) is no title of that one person; « l'un des avocats, Me X »
    (``one_of_openers``) is."""
    words = [fold(t.text) for t in tokens[max(0, role - 2) : role]]
    if not words or words[-1] not in lex.word_set("plural_title_openers"):
        return False
    return len(words) < 2 or words[0] not in lex.word_set("one_of_openers")


def _body_in_complement(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """The capitalised run ending at ``index`` follows a preposition (lexicon
    ``title_body_prepositions``), not a role word (« l'entraîneur du Paris Saint-Germain, X »):
    a body in the title's complement."""
    start = index
    while start > 0 and tokens[start - 1].text[:1].isupper():
        start -= 1
    if start > 1 and fold(tokens[start - 1].text) in lex.word_set("title_complement_articles"):
        start -= 1  # « le président de l'US Carvelle, X », « du club de la Jeunesse Sportive »
    return start > 0 and fold(tokens[start - 1].text) in lex.word_set("title_body_prepositions")


def title_after(tokens: list[Token], end: int, lex: Lexicon) -> list[Token]:
    """ "X, conseiller du Président," / "X, porte-parole du Kremlin.": a title after a name,
    closed by a comma or the sentence's end and holding no verb ("Defex, le ministre a
    démenti" is no title); "X le maire de Y," without its comma is one too, and so is one
    whose role word comes after an adjective that keeps the office (lexicon
    ``office_adjectives``: « X, le nouveau préfet, »), as a title before a name already was;
    so is the title a present copula gives (lexicon ``title_copulas``: « X est le directeur
    du centre », for a later « poursuit le directeur »)."""
    if end >= len(tokens) or tokens[end].text != ",":
        if end < len(tokens) and fold(tokens[end].text) in lex.word_set("unmarked_title_articles"):
            return title_after([*tokens[:end], _COMMA, *tokens[end:]], end, lex)
        if end < len(tokens) and fold(tokens[end].text) in lex.word_set("title_copulas"):
            return title_after([*tokens[:end], _COMMA, *tokens[end + 1 :]], end, lex)
        return []
    index = end + 1
    if index < len(tokens) and fold(tokens[index].text) in title_determiners(lex):
        index += 1
    if index < len(tokens) and fold(tokens[index].text) in lex.word_set("office_adjectives"):
        index += 1  # « X, le nouveau préfet de la Somme, »: the same office
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
        last = _before_setting(tokens, index, last, lex)
    return list(tokens[index:last]) if last - index <= _WINDOW else []


def _before_setting(tokens: list[Token], index: int, last: int, lex: Lexicon) -> int:
    """Where a title too long to be one stops before the words that say where it was said
    (« X, le maire de la commune au micro de la radio », « sur RTL », "on CNN"): the first
    such preposition past the role word (lexicon ``title_setting_starts``), else ``last``. A
    short title keeps them (« adjoint au maire »)."""
    starts = lex.word_set("title_setting_starts")
    for at in range(index + 2, last):
        if fold(tokens[at].text) in starts:
            return at
    return last
