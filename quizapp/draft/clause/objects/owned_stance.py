"""A verb of saying whose object is the subject's own stance: « a rappelé ses inquiétudes sur
le financement », « a exprimé son profond désaccord avec la réforme », « réaffirme sa volonté
de rouvrir l'usine » (objects35). The possessive ties the stance to the one who speaks and the
complement after the noun says what it is about, so the noun phrase is a statement, where « a
rappelé les faits » or « a rappelé son ambassadeur » are things. A bare stance with nothing
after it (« ont exprimé leur frustration, tout en… ») says too little and is left alone: over
the French corpus the keys hold the noun with its complement, seldom without."""

from __future__ import annotations

from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.shapes.detect.view import Draft, SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import Lexicon, listed_verb_forms


def owned_stance_object(view: SentenceView, form: str, passage: str) -> bool:
    """``passage`` (what follows a verb of lexicon ``owned_stance_verbs``, in ``form``)
    opens on a possessive (``owned_stance_determiners``, after « tout » at most), a noun of
    ``stance_nouns`` (past ``object_intensifiers``) and one of ``stance_complement_openers``
    (one intensifier may stand between: « son souhait profond d'interdire »)."""
    lex = view.lex
    if lex.language != "fr" or form not in listed_verb_forms(lex, "owned_stance_verbs"):
        return False
    words = object_words(passage)[:8]
    at = 1 if words[:1] and words[0] in lex.word_set("owned_stance_leads") else 0
    if words[at : at + 1] == [] or words[at] not in lex.word_set("owned_stance_determiners"):
        return False
    return _stance_then_complement(lex, words[at + 1 :])


def _stance_then_complement(lex: Lexicon, words: list[str]) -> bool:
    """A stance noun, then what it is about (an intensifier on either side of the noun)."""
    intensifiers = lex.word_set("object_intensifiers")
    rest = words[1:] if words[:1] and words[0] in intensifiers else words
    if not rest or rest[0] not in lex.word_set("stance_nouns"):
        return False
    after = rest[1:4]
    if after and after[0] in intensifiers:
        after = after[1:]
    if not after or after[0] not in lex.word_set("stance_complement_openers"):
        return False
    return not _a_thing_of(lex, rest[0], after)


def _a_thing_of(lex: Lexicon, noun: str, after: list[str]) -> bool:
    """A noun of ``double_sense_stance_nouns`` followed by « de » and no infinitive: a thing,
    no stance (« ses réserves d'eau potable », « son engagement de campagne »), where « ses
    réserves de signer », « ses réserves sur » and « son soutien aux commerçants » are
    stances (mend35c, review35 item 11)."""
    if noun not in lex.word_set("double_sense_stance_nouns"):
        return False
    if after[0] not in lex.word_set("double_sense_openers"):
        return False
    verb = after[1:2]
    return not (verb and infinitive_of_a_verb(lex, verb[0]))


def headed_stance_object(view: SentenceView, form: str, passage: str) -> bool:
    """``passage`` (what follows a French verb of saying in ``form``, none of
    ``stated_head_unsaying_verbs``) opens on a determiner of ``stated_head_determiners`` and,
    past one intensifier, a noun of ``stated_head_nouns``, or of ``stated_feeling_nouns``
    followed by one of ``stated_feeling_openers``: the head noun, not the verb, makes the
    object a statement (« rappelle la nécessité de … », « a avancé des risques d'incendie »,
    « expriment leur colère face à … »), where the verb's other objects are things (« rappelle
    son ambassadeur »). objects52."""
    lex = view.lex
    if lex.language != "fr" or form in listed_verb_forms(lex, "stated_head_unsaying_verbs"):
        return False
    words = object_words(passage)[:7]
    at = 1 if words[:1] and words[0] in lex.word_set("owned_stance_leads") else 0
    if words[at : at + 1] == [] or words[at] not in lex.word_set("stated_head_determiners"):
        return False
    rest = words[at + 1 :]
    if rest[:1] and rest[0] in lex.word_set("object_intensifiers"):
        rest = rest[1:]
    if rest[:1] and rest[0] in lex.word_set("stated_feeling_nouns"):
        return rest[1:2] != [] and rest[1] in lex.word_set("stated_feeling_openers")
    if rest[:1] and rest[0] in lex.word_set("stated_head_act_nouns"):
        return form not in listed_verb_forms(lex, "stated_head_act_verbs")  # « déclarer l'urgence »
    return bool(rest) and rest[0] in lex.word_set("stated_head_nouns")


def stated_by_someone(view: SentenceView, draft: Draft) -> bool:
    """The subject of a ``headed_stance_object`` is a person, a body or a document: a name, a
    pronoun or a noun of the lexicons' speaking lists (``can_speak`` without its unknown noun
    phrases), not « la métaphore illustre la nécessité de … », where nobody states it."""
    if draft.source is None:
        return True  # a pronoun, or a subject read from the sentences before
    return can_speak(view.text[draft.source[0] : draft.source[1]], view.lex, unknown_nouns=False)
