"""A finding's speaker cut out of its sentence at the wrong place, mended before ``can_speak``
reads it (cut46).

Speakers read after round 46's end score were no one: « Un projet de », « Le candidat n°13
qui », « Des accusations que le maire », « Une attaque frontale qui », « Difficile » (from
« Difficile d'imaginer que… »). A noun phrase never ends on an article, a preposition, a
conjunction or a relative (lexicon ``cut_enders``, the words a passage cut for a question never
ends on either): the speaker is the phrase before them. After an object relative (« que »,
"whom") that follows a noun of speech or of an act, with no verb after it, the words after it
are the subject of the cue (« Une manœuvre que Xavier Ballenghien qualifie de… »: he speaks).

Two shapes then name no one (``not_a_speaker``): a lone capitalised word the lexicon lists as
no noun (an impersonal predicate, « Difficile », an adjective of stance, a neuter pronoun,
« Cela », a preposition or conjunction; not a word of a group, « Certains »), and a phrase
whose head is a noun of an act (lexicon ``unspeaking_act_nouns``: « une attaque frontale »,
« les inquiétudes des riverains »), someone's act, not who acts. Such a finding is keyed as
often as not: when no reading of ``plausible`` finds the person, it stays with no speaker
rather than going.
"""

from __future__ import annotations

import re

from quizapp.draft.speakers.speaker_checks.nobody_shapes import no_one
from quizapp.draft.text.word_patterns import ELIDED_OPENING
from quizapp.draft.words.lexicon import Lexicon, built_once, finite_or_auxiliary, fold

_TOKEN = re.compile(r"\S+")
_EDGE = ' ,.;:()«»"“”'


def mended_speaker(name: str, lex: Lexicon) -> str:
    """``name`` cut where its noun phrase ends (module docstring); ``name`` itself when it
    is whole."""
    tokens = _TOKEN.findall(name)
    cut = _at_relative(tokens, lex)
    enders = lex.word_set("cut_enders") - lex.word_set("subject_pronouns")
    while len(cut) > 1 and _folded(cut[-1]) in enders:
        cut = cut[:-1]
    return name if cut == tokens else " ".join(cut)


def not_a_speaker(name: str, lex: Lexicon) -> bool:
    """A lone word listed as no noun, a phrase headed by a noun of an act, or one of
    ``nobody_shapes``'s phrases (a single letter, an area, a participle phrase)."""
    if no_one(name, lex):
        return True
    words = [ELIDED_OPENING.sub("", w) for w in (_folded(t) for t in _TOKEN.findall(name))]
    words = [w for w in words if w]
    if len(words) == 1 and name.strip(_EDGE)[:1].isupper():
        return words[0] in _no_nouns(lex)
    heads = [w for w in words if w not in lex.word_set("determiners")]
    return bool(heads) and heads[0] in lex.word_set("unspeaking_act_nouns")


def _at_relative(tokens: list[str], lex: Lexicon) -> list[str]:
    """The subject after an object relative when the phrase before it is headed by a noun
    of speech or of an act and no verb follows that subject (« Des accusations que le
    maire »); else ``tokens`` (« celle que tout le monde appelle la patronne » is whole)."""
    for index, token in enumerate(tokens[1:], start=1):
        word = _folded(token)
        elided = word[:3] if word.startswith("qu'") else word
        if elided not in lex.word_set("object_relatives"):
            continue
        rest = tokens[index + 1 :] if elided == word else [token[3:], *tokens[index + 1 :]]
        verbs = finite_or_auxiliary(lex) | lex.word_set("finite_verb_words")
        if _act_headed(tokens[:index], lex) and rest and not any(_folded(t) in verbs for t in rest):
            return [t for t in rest if t]
        return tokens
    return tokens


def _act_headed(tokens: list[str], lex: Lexicon) -> bool:
    """A phrase whose first word past its determiners is a noun of speech or of an act."""
    words = [ELIDED_OPENING.sub("", _folded(t)) for t in tokens]
    heads = [w for w in words if w and w not in lex.word_set("determiners")]
    nouns = lex.word_sets("unspeaking_act_nouns", "speech_nouns", "shell_nouns")
    return bool(heads) and heads[0] in nouns


def _folded(token: str) -> str:
    return fold(token).strip(_EDGE)


@built_once
def _no_nouns(lex: Lexicon) -> frozenset[str]:
    """Words that are no name when written alone with a capital: impersonal predicates,
    adjectives of stance, one-word evaluative openers, neuter pronouns, prepositions and
    conjunctions (not the function words that stand for a group: « Certains », "Some")."""
    keys = ("impersonal_predicates", "que_stance_adjectives", "neuter_pronoun_subjects")
    words = lex.word_sets(*keys, "non_noun_openers")
    openers = {fold(w).strip(_EDGE) for w in lex.words("evaluative_openers")}
    groups = lex.word_sets("vague_determiners", "anonymous_determiners")
    return (words | {w for w in openers if " " not in w}) - groups
