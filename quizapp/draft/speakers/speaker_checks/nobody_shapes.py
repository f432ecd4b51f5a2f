"""Speakers whose shape alone says they are no one who speaks (nobody48).

Round 48's sealed French speakers held phrases cut out of a sentence that no reader takes for
a speaker, each of a shape the other tests of ``can_speak`` let pass as a name or a noun
phrase: a single capital letter (« D », the initial of « Dominique X » read alone), an
intercommunality or area written with its opening adjective and capitalised words only
(« Grand Dinan », « Grand Pontarlier »: lexicon ``area_name_openers``), and a participle phrase
set off before the subject (« Contacté par téléphone »: a word ending as a past participle,
lexicon ``passive_participle_endings``, then its agent, ``passive_agent_words``). A person
of the sentence said it; ``plausible`` looks for that person.
"""

from __future__ import annotations

from quizapp.draft.findings import Attribution
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.lexicon import Lexicon, fold

_WORD = WORD_WITH_MARKS  # a word with its apostrophes and hyphens


def no_one(name: str, lex: Lexicon) -> bool:
    """``name`` is a single letter, an area's name or a participle phrase."""
    words = _WORD.findall(name)
    if not words:
        return False
    if len(words) == 1 and len(words[0]) == 1 and words[0].isupper():
        return True  # « D » (an initial read alone), not « M. X » whole
    return _area(words, lex) or _participle_phrase(words, lex)


def _area(words: list[str], lex: Lexicon) -> bool:
    """« Grand Dinan »: the opening adjective of an area, then capitalised words only."""
    if len(words) < 2 or fold(words[0]) not in lex.word_set("area_name_openers"):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() for w in words[1:])


def _participle_phrase(words: list[str], lex: Lexicon) -> bool:
    """« Contacté par téléphone »: a capitalised past participle and its agent's word; or
    (noone53) « Menacé de fermeture », « Profitant de ces votes »: a capitalised participle
    in -é(e)(s) or -ant (lexicon ``opening_participle_endings``), no first name, then a
    preposition (``opening_participle_links``)."""
    endings = tuple(lex.raw.get("passive_participle_endings", ()))
    first = words[0]
    if len(words) < 2 or not endings or not first[:1].isupper() or len(first) < 4:
        return False
    agent = fold(words[1]) in lex.word_set("passive_agent_words")
    if agent and first.lower().endswith(endings):
        return True
    opening = tuple(lex.raw.get("opening_participle_endings", ()))
    linked = fold(words[1]) in lex.word_set("opening_participle_links")
    named = first_name_gender(first, lex) or "'" in first or "’" in first  # « D’entrée de »
    return bool(opening) and linked and first.lower().endswith(opening) and not named


def fronted(attribution: Attribution, text: str, lex: Lexicon, seen: set[str]) -> bool:
    """The finding's speaker was found ``fronted_participle`` here or for an earlier finding
    (``seen``, which this adds to): the quotation going on after it, with no mention of its
    own, was given the same phrase."""
    if fronted_participle(attribution, text, lex):
        seen.add(attribution.speaker)
    return attribution.speaker in seen


def fronted_participle(attribution: Attribution, text: str, lex: Lexicon) -> bool:
    """The finding's speaker is a participle set before the sentence's subject, « Joint par
    téléphone, le maire… », « Touché, Jean-Michel X… », « Étouffant, explique Nassim »
    (speakers55): its mention opens its sentence, a comma follows it, and its first word is
    a capitalised participle of being asked (lexicon ``asking_participles``: « joint »,
    « contacté », « interrogé », which no ending of ``passive_participle_endings`` reads for
    « joint ») or it is one capitalised word ending as a participle
    (``opening_participle_endings``) that is no first name. A name ending so (« Traoré »,
    « l'Élysée ») is written elsewhere than before a comma at a sentence's opening."""
    mention = attribution.speaker_mention
    if mention is None or not text[mention[1] : mention[1] + 2].lstrip(" ").startswith(","):
        return False
    before = text[max(0, mention[0] - 3) : mention[0]].rstrip(" \t\u00a0")
    if before and before[-1] not in _SENTENCE_ENDS:
        return False
    words = _WORD.findall(text[mention[0] : mention[1]])
    first = words[0] if words else ""
    if not first[:1].isupper() or len(first) < 4:
        return False
    if fold(first) in lex.word_set("asking_participles"):
        return True
    opening = tuple(lex.raw.get("opening_participle_endings", ()))
    named = first_name_gender(first, lex) or "'" in first or "’" in first
    return len(words) == 1 and bool(opening) and first.lower().endswith(opening) and not named


_SENTENCE_ENDS = '.!?»"”\n'  # what may stand before a sentence's opening


def unresolved(name: str, lex: Lexicon) -> bool:
    """``name`` is a personal or demonstrative pronoun alone (« ils », « Elle »,
    « celui-ci »: lexicon ``unresolved_speaker_pronouns``) once the article is read: the
    resolver found nobody it stands for (nobody49). It can speak, so it stays when no
    reading finds a person; plausible.py looks for one first."""
    return fold(name).strip(" ,.;:") in lex.word_set("unresolved_speaker_pronouns")
