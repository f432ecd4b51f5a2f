"""What the words right around a name say about it: whether the name opens its sentence's main
clause (a comma before it, its verb right after: « Cité dans une affaire…, Oumar Guèye est monté
au créneau », or after a description set off by commas: « Dans son bureau, X, juge au tribunal,
sort sa robe »), and the person's gender from the article or civil title before it. Moved out of
titles.py, which keeps the titles themselves; speakers/narration.py reads both for each name."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender, person_nouns
from quizapp.draft.names.naming.places import demonym_before
from quizapp.draft.names.titles.beside_name import apposition
from quizapp.draft.names.titles.descriptions import role_heads, title_determiners, verb_word
from quizapp.draft.text.segment import CLAUSE_BREAK_TOKENS, Token
from quizapp.draft.words.lexicon import Lexicon, fold


def starts_clause(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """ "Cité dans une affaire…, Oumar Guèye est monté au créneau": a name (or a title and
    a name) after a comma and right before a verb is the subject of the main clause."""
    title = apposition(tokens, run, lex)
    start = tokens.index(title[0]) if title and title[0].start < tokens[run[0]].start else run[0]
    if start and fold(tokens[start - 1].text) in title_determiners(lex):
        start -= 1  # ", le ministre Paul Leroy a été reçu…"
    if start == 0 or tokens[start - 1].text != "," or run[1] >= len(tokens):
        return False
    if _clause_verb(tokens[run[1]], lex):
        return True
    return _verb_after_apposition(tokens, run[1], lex)


def _clause_verb(token: Token, lex: Lexicon) -> bool:
    """A reporting verb, an auxiliary or « être »; or (« Dans la commune de X, Patrice finit
    les moissons ») any lowercase word that no complement, clause or subject pronoun opens
    with: the verb of the name's clause."""
    verb = fold(token.text)
    if _verb_form(token.text, lex):
        return True
    return (
        token.text[:1].islower()
        and token.text.isalpha()
        and verb not in lex.word_set("no_verb_after_name")
        and verb not in lex.word_set("subject_pronouns")
    )


def _bare_verb(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Right after the comma that sets a name off, a verb and not the head of a description
    (« X, secrétaire générale du syndicat, »): no role noun, no complement after it."""
    word = fold(tokens[at].text)
    if word in role_heads(lex) or word in person_nouns(lex):
        return False
    after = fold(tokens[at + 1].text) if at + 1 < len(tokens) else ""
    return after not in lex.word_set("complement_marks") and _clause_verb(tokens[at], lex)


_APPOSITION_REACH = 15  # tokens: « , vice-président du tribunal correctionnel, »


def _verb_after_apposition(tokens: list[Token], after: int, lex: Lexicon) -> bool:
    """« Dans son bureau, Yves X, vice-président du tribunal, sort sa robe », « mais son
    recteur, Yves X, relativise »: the name set off by commas, a description between them
    or none, then the verb of its clause. The description holds no other clause (no verb
    form, no quotation, no colon)."""
    if tokens[after].text != "," or after + 1 >= len(tokens):
        return False
    if _bare_verb(tokens, after + 1, lex):
        return True  # the name itself set off: « son recteur, Yves X, relativise »
    for index in range(after + 1, min(len(tokens) - 1, after + _APPOSITION_REACH)):
        word = tokens[index].text
        if word == ",":
            return _clause_verb(tokens[index + 1], lex)
        if word in CLAUSE_BREAK_TOKENS:
            return False
        if _verb_form(word, lex):
            return False
    return False


def _verb_form(word: str, lex: Lexicon) -> bool:
    """A reporting verb's form, an auxiliary or a form of « être »: a verb wherever it stands
    (the verb of a name's clause for ``_clause_verb``, the end of an apposition's reach for
    ``_verb_after_apposition``)."""
    return verb_word(fold(word), lex)


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
        if any(w in no_verb or w in title_determiners(lex) for w in words):
            return False
        if fold(tokens[start - gap - 1].text) in ("que", "qu'"):
            return True
    return False


def gender_near(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> str:
    """ "la chef parlementaire de QS, Manon Massé", "Mme Massé", "M. Legault": the article
    or civil title before a name (or before its title) gives the person's gender; a title
    of lexicon ``titles_of_either_sex`` ("chairman") gives none (english31)."""
    title = apposition(tokens, run, lex)
    start = title[0] if title and title[0].start < tokens[run[0]].start else tokens[run[0]]
    index = tokens.index(start)
    if index and demonym_before(tokens, index - 1, lex):  # « La Coréenne Yunhyie Park »
        demonym = fold(tokens[index - 1].text)
        return "f" if demonym.endswith("e") else "m"
    candidates = [fold(tokens[index].text).rstrip(".")]
    if index:
        candidates.append(fold(tokens[index - 1].text).rstrip("."))
    for word in candidates:  # lexicon ``feminine_name_markers``: « la », « Mme », "Mrs"
        if word in lex.word_set("feminine_name_markers"):
            return "f"
        if word in lex.word_set("masculine_name_markers"):
            return "m"
    either = lex.word_set("titles_of_either_sex")  # "X, chairman of the forum": no sex said
    nouns = [fold(t.text) for t in title if fold(t.text) in person_nouns(lex)]
    nouns = [noun for noun in nouns if noun not in either]
    return noun_gender(nouns[0], lex) if nouns else "x"  # "son adjointe, X"
