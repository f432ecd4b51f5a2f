"""The last guards before a source is read as a speaker: a subject holding a reporting verb of
its own gives the noun phrase around that verb, one holding any other verb its words before it,
and a span that opens no noun phrase, or is one function word, names nobody. Out of
``noun_phrase.py`` since tidy29, which says what a noun phrase is; these decide what a source
span keeps of one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.clause.noun_phrases.noun_phrase import (
    holds_finite_verb,
    noun_phrase,
    noun_phrase_openers,
    opens_noun_phrase,
    verb_index,
)
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span, Token, tokens
from quizapp.draft.text.sentence.apposition import QUOTED_NAME
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def around_reporting_verb(text: str, span: Span, lex: Lexicon) -> Span:
    """A subject holding a reporting verb of its own: the noun phrase after that verb when
    one opens there ("Ford said the premiers" agreed: the premiers), else the words before
    it (« huit associations demandent au gouvernement de retirer la décision »); before a
    French present participle, always those before (« des sources syndicales confirmant une
    information des Echos »: the sources speak)."""
    words = tokens(text, span, lex.language)
    verb = verb_index(words, lex)
    if verb is None or not words[verb].text[:1].isalpha():
        return span
    if _NICKNAME_AFTER.match(text, words[verb].end, span[1]):  # « Jean X dit « Jeannot », »
        return span  # a nickname, no saying: the name before it and its apposition speak
    participle = lex.language == "fr" and verb > 0 and fold(words[verb].text).endswith("ant")
    if verb + 1 < len(words) and not participle:
        after = noun_phrase(text, (words[verb + 1].start, span[1]), lex)
        if after is not None and not holds_finite_verb(text, after, lex):
            return after
    before = noun_phrase(text, (span[0], words[verb].start), lex) if verb else None
    return before or span


# a name in quotation marks closed by a comma after « dit »: a nickname (subjects32)
_NICKNAME_AFTER = re.compile(rf"\s*{QUOTED_NAME}\s*,")


def speaker_phrase(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """The last guard before a source is read: a span that opens no noun phrase (« À leur
    retour rien » before « n'a changé », « que » of « ainsi que l'a rappelé ») or is one
    word the lexicon lists as a function word and no pronoun or quantifier (« Déjà, après
    l'affaire, X avait pesté, souhaitant… ») names nobody: None, so the cue is read as
    one with no subject of its own."""
    if span is None:
        return None
    words = tokens(text, span, lex.language)
    if len(words) == 1 and fold(words[0].text) in _function_words(lex):
        return None
    span = _past_setting(words, span, lex)
    return span if opens_noun_phrase(text, span, lex) else None


def _past_setting(words: list[Token], span: Span, lex: Lexicon) -> Span:
    """« déplore en ouverture du rapport la contrôleure »: a span opening on a contracted
    article (the end of a setting the reader took in) with a definite article set right after
    a noun further on holds the subject from that article; « du côté de la mairie », « au nom
    de la famille » (the article after « de ») are left whole."""
    if not words or fold(words[0].text) not in lex.word_set("contracted_articles"):
        return span
    definites, links = lex.word_set("definite_articles"), lex.word_set("setting_article_links")
    for before, word in pairwise(words[1:]):
        if fold(word.text) in definites and before.text.isalpha() and before.text.islower():
            return (word.start, span[1]) if fold(before.text) not in links else span
    return span


@built_once
def _function_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's function words that open no noun phrase on their own: adverbs,
    connectives, prepositions (« Déjà », « Ainsi »), not pronouns (« Il », « Certains »)."""
    return frozenset(fold(w) for w in lex.raw_set("function_words")) - noun_phrase_openers(lex)


def without_own_verb(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """The last guard before a source is read as a speaker: one holding a verb of its own
    (a reader that took a clause) gives the noun phrase around it, or nothing."""
    if span is None or not holds_finite_verb(text, span, lex):
        return span
    span = around_reporting_verb(text, span, lex)
    return noun_phrase(text, span, lex) if holds_finite_verb(text, span, lex) else span


def voiceless_object(view: SentenceView, start: int, end: int) -> bool:
    """« a quitté la salle dénonçant », « n'a pas donné suite à la demande rappelant »: the
    tokens ``start`` to ``end`` before a French present participle are a definite article
    and one lower-case noun that names no person, body nor document; such a phrase says
    nothing, and the participle shares the sentence's subject (subject43). A longer phrase
    may hold its author (« une instruction de l'Office … mettant en avant »): left. Not
    « prend la parole dénonçant »: « parole » is a speaking noun, a word of « porte-parole »
    (mend43b, review43 item 8)."""
    words, lex = [t.text for t in view.tokens[start:end]], view.lex
    if len(words) != 2 or fold(words[0]) not in lex.word_set("definite_articles"):
        return False
    return words[1].isalpha() and words[1].islower() and not speaking_noun(fold(words[1]), lex)
