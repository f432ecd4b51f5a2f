"""What the words right around a name say about it: whether the name opens its sentence's main
clause (a comma before it, its verb right after: « Cité dans une affaire…, Oumar Guèye est monté
au créneau »), and the person's gender from the article or civil title before it. Moved out of
titles.py, which keeps the titles themselves; speakers/narration.py reads both for each name."""

from __future__ import annotations

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.naming.gender import noun_gender, person_nouns
from quizapp.draft.naming.roles import demonym_before
from quizapp.draft.segment import Token
from quizapp.draft.titles.beside_name import apposition
from quizapp.draft.titles.descriptions import BE, DETERMINERS, verb_forms


def starts_clause(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """ "Cité dans une affaire…, Oumar Guèye est monté au créneau": a name (or a title and
    a name) after a comma and right before a verb is the subject of the main clause."""
    title = apposition(tokens, run, lex)
    start = tokens.index(title[0]) if title and title[0].start < tokens[run[0]].start else run[0]
    if start and fold(tokens[start - 1].text) in DETERMINERS:
        start -= 1  # ", le ministre Paul Leroy a été reçu…"
    if start == 0 or tokens[start - 1].text != "," or run[1] >= len(tokens):
        return False
    verb = fold(tokens[run[1]].text)
    if verb in verb_forms(lex) or verb in BE:
        return True
    # « Dans la commune de X, Patrice finit les moissons »: any lowercase word that no
    # complement or clause opens with is the verb of the name's clause
    written = tokens[run[1]].text
    return (
        written[:1].islower()
        and written.isalpha()
        and verb not in lex.word_set("no_verb_after_name")
    )


def inverted_after_que(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """« Un choix que comprend Gaëlle X », « ce que redoute Paul Y »: a name right after « que »
    and a verb (one or two words in lower case that no complement opens with) is the subject
    of that relative, inverted after its verb."""
    for gap in (1, 2):
        between = tokens[max(0, start - gap) : start]
        words = [fold(t.text) for t in between]
        if start - gap < 1 or not all(t.text.isalpha() and t.text.islower() for t in between):
            return False
        no_verb = lex.word_set("no_verb_after_name")
        if any(w in no_verb or w in DETERMINERS for w in words):
            return False
        if fold(tokens[start - gap - 1].text) in ("que", "qu'"):
            return True
    return False


_FEMININE = {"la", "une", "cette", "mme", "madame", "mlle", "mrs", "ms", "miss", "she"}
_MASCULINE = {"le", "un", "ce", "cet", "m", "monsieur", "mr", "he", "mgr", "monseigneur"}


def gender_near(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> str:
    """ "la chef parlementaire de QS, Manon Massé", "Mme Massé", "M. Legault": the article
    or civil title before a name (or before its title) gives the person's gender."""
    title = apposition(tokens, run, lex)
    start = title[0] if title and title[0].start < tokens[run[0]].start else tokens[run[0]]
    index = tokens.index(start)
    if index and demonym_before(tokens, index - 1, lex):  # « La Coréenne Yunhyie Park »
        demonym = fold(tokens[index - 1].text)
        return "f" if demonym.endswith("e") else "m"
    candidates = [fold(tokens[index].text).rstrip(".")]
    if index:
        candidates.append(fold(tokens[index - 1].text).rstrip("."))
    for word in candidates:
        if word in _FEMININE:
            return "f"
        if word in _MASCULINE:
            return "m"
    nouns = [fold(t.text) for t in title if fold(t.text) in person_nouns(lex)]
    return noun_gender(nouns[0], lex) if nouns else "x"  # "son adjointe, X"
