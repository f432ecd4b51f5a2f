"""Names that take no title of the words around them (relay29), read by
``speakers.narration`` for each name it meets:

- the one a reporting verb's statement was made to (« a confié à Radio Vallée le maire »,
  « indiquait la préfète à Radio Vallée »): an outlet or the person told, the relay, never
  the speaker; the description after it (« le maire ») or before its « à » (« la préfète »)
  is the subject's;
- a place or a body's name (no person's) that ends a complement (« le président du comité
  de quartier Brévol », « le président du groupe Brévol »): a piece of a longer description,
  whose person's title before it is the description's, not the name's; the title after it
  stays (« à Brévol, commune de 80 habitants »), and so does the noun of its own kind
  (« du syndicat Brévol » for a later « le syndicat »).
"""

from __future__ import annotations

from quizapp.draft.names.titles.descriptions import after_preposition
from quizapp.draft.reporting.cue_forms.reporting_verb import reporting_verb
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold

_SUBJECT_WORDS = 3  # « indiquait la préfète à … », « confie le nouveau maire à … »


def told_after_cue(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the name at ``run`` follows a word of ``told_prepositions`` that follows a
    reporting verb, right after it or after the inverted subject (a determiner and at most
    two more words). Capitalised words between the « à » and the name belong to the name
    (« à France Radio Vallée », where a country was cut off its front)."""
    at = run[0] - 1
    while at >= 0 and tokens[at].text[:1].isupper():
        at -= 1
    if at < 1 or fold(tokens[at].text) not in lex.word_set("told_prepositions"):
        return False
    words = [fold(t.text) for t in tokens]
    if _cue_ends_at(words, at - 1, lex):
        return True
    subject = _inverted_subject_start(words, at, lex)
    return subject is not None and _cue_ends_at(words, subject - 1, lex)


def _inverted_subject_start(words: list[str], before: int, lex: Lexicon) -> int | None:
    """Where a short subject ending just before ``before`` opens on a determiner, if one
    does (« la préfète », « le nouveau maire »)."""
    determiners = lex.word_set("definite_articles") | lex.word_set("determiners")
    for start in range(before - 1, max(before - 1 - _SUBJECT_WORDS, -1), -1):
        if not words[start].isalpha() and not words[start].endswith("'"):
            return None
        if words[start] in determiners:
            return start
    return None


def _cue_ends_at(words: list[str], last: int, lex: Lexicon) -> bool:
    """Whether a reporting verb ends on the word at ``last`` (« indiquait », « a déclaré »)."""
    for first in range(last, max(last - 3, -1), -1):
        found = reporting_verb(words, first, lex)
        if found is not None and found[0] >= 0 and found[1] == last:
            return True
    return False


def ends_complement(tokens: list[Token], run: tuple[int, int], person: bool, lex: Lexicon) -> bool:
    """Whether the name at ``run``, no person's, ends a complement: right after a
    preposition (« l'hôpital de Brévol »), or after a noun that follows « de » (« comité de
    quartier Les Iris »)."""
    if person or run[0] < 2:
        return False
    if after_preposition(tokens, run[0], lex):
        return True
    noun = tokens[run[0] - 1].text
    linked = fold(tokens[run[0] - 2].text) in lex.word_set("complement_prepositions")
    return linked and noun.isalpha() and noun.islower()
