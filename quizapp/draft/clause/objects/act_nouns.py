"""A verb of welcoming whose object is an act or a quality the speaker judges, named by a
noun made from a verb or an adjective: « salue l'amélioration des horaires », « a salué la
rénovation de la place », « salue la capacité d'autofinancement de la région » (stance37).
The verb's listed heads (lexicon ``restricted_objects``) hold the usual decisions and
measures; over the corpus the other heads with the endings of lexicon ``act_noun_endings``
were keyed four times in five, the fifth a body greeted (« saluer les associations »); people
and bodies greeted or thanked (« salue la municipalité ») stay greetings, and so do the nouns
that can name a speaking body or a document (« le classement », one of the four, is left) and
nouns of other endings (« salue le drapeau »). A verb of putting forward reads a listed measure
after a definite determiner as the measure it proposes (« propose la création de », objects45;
the listed measures only since mend45a)."""

from __future__ import annotations

from quizapp.draft.clause.objects.readings import people_word
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, folded_words, listed_verb_forms


def act_noun_head(lex: Lexicon, form: str, head: str) -> bool:
    """``head`` (the object's first noun, folded) ends as a noun of an act or a quality
    (``act_noun_endings``) after a verb of ``act_noun_object_verbs`` in ``form``, and is no
    word for people (a group of them too: « la population », lexicon ``collective_people_nouns``,
    review37) or for a body that could speak."""
    return form in listed_verb_forms(lex, "act_noun_object_verbs") and act_noun(lex, head)


def act_noun(lex: Lexicon, head: str) -> bool:
    """``head`` (folded) ends as a noun of an act or a quality (``act_noun_endings``) and is
    no word for people, a group of them or a body that could speak (« municipalité »,
    "government"); the test objects/blamed reads in English too (mend37a)."""
    if len(head) < 6 or not head.removesuffix("s").endswith(tuple(lex.words("act_noun_endings"))):
        return False
    if head.removesuffix("s") in lex.word_set("collective_people_nouns"):
        return False
    return not (people_word(lex, head) or speaking_noun(head, lex))


def proposed_act(lex: Lexicon, form: str, passage: str) -> bool:
    """``passage`` (what follows a verb of ``proposed_act_verbs`` in ``form``) opens on a
    definite or demonstrative determiner (``stance_object_determiners``) and a measure or a
    decision (``noun_request_heads``): « propose la création d'un conseil citoyen », « a
    proposé l'installation d'une tyrolienne » put forward a measure, a statement (objects45).
    Any other noun is an offer, a product or a service, whatever its ending (mend45a: « propose
    la collection automne-hiver », « la climatisation », « la réalisation de vos travaux »),
    and so is an indefinite or possessive object (« propose une refonte », « son poisson »)."""
    if form not in listed_verb_forms(lex, "proposed_act_verbs"):
        return False
    words = folded_words(QUOTE_MARKS.sub(" ", passage))[:3]
    if len(words) < 3 or words[0] not in lex.word_set("stance_object_determiners"):
        return False
    return words[1] in lex.word_set("noun_request_heads")
