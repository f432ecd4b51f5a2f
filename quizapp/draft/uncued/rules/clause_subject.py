"""The subject of a clause, for the rules that give a quotation with no cue of its own to the
person the narration is about: the words before the clause's verb or predicate, when they name
or take up a person or a body (« Le maire n'a pas mâché ses mots : », « Il est formel : »,
« Jean Dupont, le maire, est catégorique : »); never a setting (« Dans le quartier, … »), a
quantity (« Peu ont choisi… ») or a superlative (« le plus… »). Read before a colon
(``colon_quotes``), before a quotation of cause (``reason``) and in a sentence after a lone
quotation (``continuation.next_subject``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.names.naming.common_words import common_word, common_word_opening
from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.names.naming.roles import role_words
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.words.lexicon import (
    finite_or_auxiliary,
    finite_or_participle,
    fold,
    folded_words,
)

_FIRST_PIECE = re.compile(r"\s*([^\s'’]*)")
_SUPERLATIVE_OPENING = re.compile(r"(?i)(?:le|la|les|l['’]|the)\s+(?:plus|moins|seul|même)\b")


def subject_speaks(view: SentenceView, subject: Span) -> bool:
    """A subject that names or takes up a person or a body, as before a colon (and before a
    quotation of cause: rules/reason.py)."""
    segment = view.text[subject[0] : subject[1]]
    return _takes_up(fold(segment), view) or _names_person(segment, view)


def clause_subject(
    view: SentenceView, end: int, past_connective: bool = False, start: int = 0
) -> Span | None:
    """The subject of the clause before ``end`` (from ``start``, the sentence's start by
    default): the words up to its verb, when they name or describe a person (a name, a
    pronoun, a role word), else None; with ``past_connective``, read past a connective
    opening the clause (« Mais le maire reste inquiet : »)."""
    text = view.text
    words = view.tokens_within(start, end)
    if past_connective and len(words) > 2:
        words = _past_connective(words, view)
    for index, token in enumerate(words):
        word = fold(token.text)
        verb = word in view.lex.finite or word in view.lex.auxiliaries
        if index and token.text[:1].islower() and (verb or _predicate_start(words, index, view)):
            segment = text[words[0].start : token.start].strip(" ,")
            start = words[0].start
            if "," in segment:  # "Interrogé mardi, le maire" / "Jean Dupont, le maire,"
                named, start, segment = _past_commas(view, start, segment)
                if named is not None:
                    return named
            segment = segment.strip()
            start = text.find(segment, start)
            predicate = text[token.start : end]
            if _denies_saying(predicate, view) or _common_opening(view, start, segment):
                return None
            if _takes_up(fold(segment), view) or _names_person(segment, view, predicate):
                return start, start + len(segment)
            return None
    return None


def _past_commas(view: SentenceView, start: int, segment: str) -> tuple[Span | None, int, str]:
    """A subject with commas (« Jean Dupont, le maire, », « Interrogé mardi, le maire »): the
    span of its first part when that part names a person (the name before its apposition),
    else None with the start and text of the part after the last comma, read as the subject.
    A lone pronoun after the comma (« Réélu au poste de maire, il ») is the subject, the
    fronted phrase before it no name (colon40)."""
    first, last = segment.split(",", 1)[0], segment.rsplit(",", 1)[1]
    named = person_like(first, view.lex) and first[:1].isupper()
    named = named and not _common_opening(view, start, first)
    named = named and (_full_name(first) or not _takes_up(fold(last.strip()), view))
    if named and not _opens_setting(first, view):
        return (start, start + len(first)), start, segment
    return None, start + len(segment) - len(last), last


def _full_name(phrase: str) -> bool:
    """Two words or more, each capitalised (« Marie Durand », « Jane Roe »): a name, which a
    stressed pronoun after it (« Marie Durand, elle, est catégorique : ») only takes up again,
    unlike a fronted phrase that only the sentence capitalises (« Réélu au poste de maire »)."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _common_opening(view: SentenceView, start: int, phrase: str) -> bool:
    """A lone word opening the sentence whose capital is the sentence's, not a name's: a verb
    of an inversion (« Vient le tour de X : »), an adverb (« Aujourd'hui, … : », lexicon
    ``preposition_adverbs``), a word the lexicon knows as common or the article writes in
    lower case elsewhere (naming/common_words). It can say nothing (colon39)."""
    if start != view.span[0] or " " in phrase.strip():
        return False
    word = fold(phrase.strip())
    if common_word(word, view.lex) or word in view.lex.word_set("preposition_adverbs"):
        return True
    return common_word_opening(view.text, start, view.lex)


def _denies_saying(predicate: str, view: SentenceView) -> bool:
    """A negated verb of saying in ``predicate``: a negation adverb of the lexicon, then a
    reporting form, with no copula before it (« n'a pas répondu à cette question : », « ne
    dit rien : », not « n'est pas rassuré : »). The subject said nothing, so the quotation
    the colon opens is someone else's (mend32b; the connective read past by
    ``_past_connective`` brought such clauses in)."""
    words = folded_words(predicate)
    negations = view.lex.word_set("negation_adverbs")
    said = finite_or_participle(view.lex)
    copulas = view.lex.word_set("copula_forms")
    for index in range(1, len(words) - 1):
        if words[index] in negations and words[index - 1] not in copulas:
            return words[index + 1] in said
    return False


def _past_connective(words: list[Token], view: SentenceView) -> list[Token]:
    """The clause's words without the connective that opens it (« Mais », « Et », « Or »,
    lexicon ``opening_connectives``): « Mais le maire reste inquiet : « … » » has « le
    maire » for subject, whose article the clause reader would otherwise take for a clitic
    after « Mais » and stop there (anaphora32: the lone quotation went to the last speaker)."""
    connective = fold(words[0].text) in view.lex.word_set("opening_connectives")
    return words[1:] if connective else words


def _predicate_start(words: list[Token], index: int, view: SentenceView) -> bool:
    """A word of the lexicon's ``predicate_openers`` (verbs of being and seeming, negation,
    auxiliaries, clitics) opens the predicate, but an article after a preposition opens a
    setting's noun (« Dans le quartier, les riverains sont formels : »), not a clitic before
    the verb (« Il l'a dit : »)."""
    word = fold(words[index].text)
    if word not in view.lex.word_set("predicate_openers"):
        return False
    before = fold(words[index - 1].text)
    article = word in view.lex.word_set("singular_definite_articles")
    return not (article and before in view.lex.word_set("adverbial_openers"))


def _opens_setting(phrase: str, view: SentenceView) -> bool:
    """A phrase opening on a preposition or a presentative written with the sentence's
    capital (« En amont de la gare, une file se forme », « Voici le texte publié », lexicon
    ``scene_openers``), or a day of the week (``weekdays``: « Mardi soir, la maire a quitté la
    salle : », quotes35): a setting, never a speaker, though it looks like a name."""
    first = _FIRST_PIECE.match(phrase).group(1)  # « En », « L » of « L'amont »
    openers = view.lex.word_sets("scene_openers", "weekdays")
    return phrase[:1].isupper() and fold(first) in openers


def _takes_up(folded: str, view: SentenceView) -> bool:
    """A subject pronoun or a word that takes up the last person met (« Il est formel : », « Ce
    dernier est formel : », « Celle-ci est catégorique : »): the lexicon's ``pronouns``, one
    language's (« il », « elles » / "he", "they" among them), without the possessives."""
    possessives = view.lex.word_set("plural_possessives")  # « ses », « leurs »
    return folded in view.lex.raw["pronouns"] and folded not in possessives


def _person_noun_phrase(segment: str, view: SentenceView, predicate: str) -> bool:
    """« Le prévenu », « La victime », « Le fils de Pierre »: a determiner and a noun for a
    person (naming/gender.someone_words: the person nouns, the trades), the phrase ending on
    the noun or its « de » complement (lexicon ``complement_marks``), so that no unknown verb
    is let in (« Le prévenu écoute le juge : »). Not when ``predicate``, up to the colon,
    has an object the quotation may be (« La victime a reçu une lettre : »: mend32b)."""
    words = folded_words(segment)
    if not 2 <= len(words) <= 4 or words[0] not in view.lex.word_set("determiners"):
        return False
    if len(words) > 2 and words[2] not in view.lex.word_set("complement_marks"):
        return False
    return words[1] in someone_words(view.lex) and not _has_object(predicate, view)


def _has_object(predicate: str, view: SentenceView) -> bool:
    """A determiner and a word that is no verb in ``predicate`` (« écoute le juge », « a reçu
    une lettre »): the words after the colon may be that object's, not the subject's. An
    elided clitic before its verb (« l'a dit ») is none."""
    words = folded_words(predicate)
    determiners = view.lex.word_set("determiners")
    verbs = finite_or_auxiliary(view.lex)
    return any(a in determiners and b not in verbs for a, b in pairwise(words))


def _names_person(segment: str, view: SentenceView, predicate: str = "") -> bool:
    if not segment or len(segment.split()) > 8:
        return False
    if set(segment.split()) <= view.lex.raw_set("function_words"):
        return False  # « Tout en poursuivant : »: no subject before the verb
    if fold(segment) in view.lex.word_set("degree_adverbs"):
        return False  # « Peu ont choisi cette option : »: a quantity of people, no one named
    words = set(folded_words(segment))
    if fold(segment) in view.lex.word_set("one_more_speakers"):
        return True  # "Un autre est plus fataliste : «…»"
    if _opens_setting(segment, view):
        return False
    if not (person_like(segment, view.lex) or words & role_words(view.lex)):
        return _person_noun_phrase(segment, view, predicate)
    return not _SUPERLATIVE_OPENING.match(segment)
