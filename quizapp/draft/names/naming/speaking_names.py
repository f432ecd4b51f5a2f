"""A first name the lexicon does not list (« Doudou », « Blanche », « Tiare ») is one
capitalised word that may as well name a town or a firm, so the narration does not take it
for a person, and a later « il » / « elle » or « poursuit le Roquebrunois » skips it. The
sentence itself can say the word is someone's name: it is the subject of a verb of speech,
inverted right after it with a person's apposition (« …”, confie Doudou, un habitant… »), or
right before it after a comma (« Devant les tilleuls, Blanche soupire »). A body or an outlet
speaks too (« rapporte Nordinfo. »), so the word must not look like one: no acronym (« accuse
FO »), no figure (« Actu17 »), no listed institution or place word (« Contacté, Matignon
assure »), and never the sentence's first word (« Moscou exige », « Cela dit », a headline's
« Nouvelle attaque »). French only, as the pass read it (speakers26b).
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import someone_nouns
from quizapp.draft.names.naming.places import ends_like_inhabitant
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold


def speaking_name(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """The one-word name at ``run`` is the subject of a reporting verb (lexicon ``finite``
    forms), inverted after it or written after a comma before it, and looks like no body."""
    if lex.language != "fr" or run[1] - run[0] != 1 or run[0] == 0:
        return False
    if not _looks_like_a_first_name(tokens[run[0]].text, lex):
        return False
    return _inverted(tokens, run, lex) or _before_verb(tokens, run, lex)


def _looks_like_a_first_name(word: str, lex: Lexicon) -> bool:
    """A capital then lower-case letters (a hyphen allowed), no institution or place word."""
    letters = word.replace("-", "")
    if len(letters) < 3 or not letters.isalpha() or not letters[1:].islower():
        return False
    return fold(word) not in lex.word_sets("named_institutions", "place_name_words")


def _inverted(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """« …, confie Doudou, un habitant »: right after a reporting verb written in lower
    case, with a person noun or an age set after it by a comma: a body or an outlet speaks
    with the same verbs (« rapporte Nordinfo. »), not with a person's apposition."""
    verb = tokens[run[0] - 1].text
    return verb.islower() and fold(verb) in lex.finite and _person_apposed(tokens, run[1], lex)


def _person_apposed(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """A comma at ``end``, then a person noun after its article or adjective (« un
    habitant », « une retraitée », « jeune Lyonnaise ») or an age (« 45 ans »)."""
    after = [fold(t.text) for t in tokens[end : end + 4]]
    if len(after) < 3 or after[0] != ",":
        return False
    if after[1].isdigit():
        return after[2] in lex.word_set("age_words")
    at = 2 if after[1] in lex.word_set("apposition_openers") else 1
    return after[at] in someone_nouns(lex) or ends_like_inhabitant(after[at], lex)


def _before_verb(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """« Devant les tilleuls, Blanche soupire »: after a comma, right before a reporting verb
    written in lower case."""
    if tokens[run[0] - 1].text != "," or run[1] >= len(tokens):
        return False
    verb = tokens[run[1]].text
    return verb.islower() and fold(verb) in lex.finite
