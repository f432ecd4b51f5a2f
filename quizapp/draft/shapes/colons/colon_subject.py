"""Who said a quotation that opens a headline or a lead sentence and is followed by a colon.

News writing puts the strongest words first and their speakers after a colon: « «Ryanair doit
changer!»: des hôtesses et des stewards ont débuté une grève », « "On attend que l'été passe":
ces riverains qui suffoquent… », « «…» : le patron de la DNCG annonce… ». No verb of saying
is there to find; the subject of what follows the colon, past a setting that opens it (« à
bord d'une vingtaine de tracteurs, des manifestants ont bloqué… »), is the speaker when it is
people: a description of a person, or a group whose words include a noun for people. A thing
after the colon (« des attaques de loups font un carnage ») gives no speaker, nor do people
the next verb says something is (« la ministre était la cible des calicots »). French only:
no English article of the corpus opens on a quotation and a colon.
"""

from __future__ import annotations

import re

from quizapp.draft.names.titles.descriptions import verb_forms
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.speakers.subjects import described_person, people_noun
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.text.sentence.sentence_parts import past_setting
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_COLON = re.compile(r"\s*:\s*")  # the colon right after the quotation, spaced or not
_SETTING_WORDS = 20  # « à bord d'une vingtaine de tracteurs et d'une trentaine… , »
_GROUP_WORDS = 14
_VERB_WITHIN = 6  # « la ministre Valérie Glatigny (MR) était »


def people_after_colon(view: SentenceView, quote_end: int) -> Span | None:
    """The people after the colon that follows a quotation ending at ``quote_end``, or None."""
    if view.lex.language != "fr":  # no English article of the corpus writes it so
        return None
    colon = _COLON.match(view.text, quote_end, view.span[1])
    if colon is None:
        return None
    words = [t for t in view.tokens if t.start >= colon.end()]
    words = words[past_setting(words, 0, _SETTING_WORDS, view.lex) :]
    described = described_person(words, view.lex)
    found = described or _people_group(words, view.lex)
    if found is None or _being_follows(words[found[1] : found[1] + _VERB_WITHIN], view.lex):
        return None
    return words[found[0]].start, words[found[1] - 1].end


def _being_follows(after: list[Token], lex: Lexicon) -> bool:
    """« la ministre Valérie X (MR) était la cible des calicots », « des élus ont été visés »:
    people the quotation is about, not its speakers (the first verb after them, within a few
    words, a form of being: lexicon copula_forms, after an auxiliary or not)."""
    copulas, verbs = lex.word_set("copula_forms"), verb_forms(lex)
    for index, word in enumerate(after):
        folded = fold(word.text)
        if folded in copulas:
            return not _auxiliary_of_a_deed(after, index, lex)
        if folded in verbs:
            return index + 1 < len(after) and fold(after[index + 1].text) in copulas
    return False


def _auxiliary_of_a_deed(after: list[Token], index: int, lex: Lexicon) -> bool:
    """« se sont rassemblés », « sont descendues dans la rue »: the form of being at ``index``
    is the auxiliary of what the people did, a pronominal verb (lexicon reflexive_pronouns
    before it) or a verb of movement (lexicon movement_participles after it)."""
    before = fold(after[index - 1].text) if index else ""
    following = fold(after[index + 1].text) if index + 1 < len(after) else ""
    reflexive = before in lex.word_set("reflexive_pronouns")
    return reflexive or following in lex.word_set("movement_participles")


def _people_group(words: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """A group opened by a determiner (« des », « ces », « plusieurs ») up to its last noun for
    people before a verb, a relative pronoun or a mark (« des hôtesses et des stewards »): the
    token range."""
    if not words or fold(words[0].text) not in _openers(lex):
        return None
    stops = _group_stops(lex)
    last = None
    for index, word in enumerate(words[:_GROUP_WORDS]):
        folded = fold(word.text)
        if folded in stops or not word.text[:1].isalnum():
            break
        if people_noun(folded, lex):
            last = index
    return None if last is None else (0, last + 1)


@built_once
def _openers(lex: Lexicon) -> frozenset[str]:
    """The words a group of people opens on: a determiner or a word of vague quantity."""
    return lex.word_sets("determiners", "vague_determiners")


@built_once
def _group_stops(lex: Lexicon) -> frozenset[str]:
    """The words a group of people ends before: a verb form or a relative pronoun."""
    return verb_forms(lex) | lex.word_set("relative_pronouns")
