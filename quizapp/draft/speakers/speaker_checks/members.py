"""One of a group speaks, not the group (speakers55).

Local reports quote people met in the street one by one after naming them as a group: « Les
riverains dénoncent une situation dangereuse. » then « « Il faut être très prudent… », dénonce
une retraitée. », « « Vous allez donner à manger du béton à vos enfants ? », provoque un
manifestant. « … », l'interroge un autre. ». When the inverted verb is no cue of the lexicon
(« provoque ») or a line break cuts it from its quotation, the quotation went to the group
named before. The one who speaks is written after it: a verb, then an indefinite person
(lexicon ``member_openers``: « un », « une », « un autre ») closing the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak, signer_nouns
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.draft.words.plural import written_plural


def spoken_by_member(attribution: Attribution, text: str, lex: Lexicon) -> Attribution:
    """The finding with the indefinite person written after its quotation as its speaker,
    when its speaker is a plural group with no name (« les militants »); else as it was."""
    if not _nameless_group(attribution.speaker, lex):
        return attribution
    found = _after_quotation(lex).match(text, attribution.content[1])
    if found is None or not can_speak(found["who"], lex) or not _member(found, attribution, lex):
        return attribution
    mention = found.span("who")
    return replace(attribution, speaker=found["who"], speaker_mention=mention, label="anonymous")


def _nameless_group(speaker: str, lex: Lexicon) -> bool:
    """« les riverains », « Les habitants du hameau »: a plural determiner of the lexicon's
    ``plural_group_determiners``, then words in lower case only, the first plural."""
    words = speaker.split()
    if len(words) < 2 or fold(words[0]) not in lex.word_set("plural_group_determiners"):
        return False
    return all(w[:1].islower() for w in words[1:]) and written_plural(fold(words[1]))


def _member(found: re.Match[str], attribution: Attribution, lex: Lexicon) -> bool:
    """The words after the verb are one person picked out of the group, not words of a
    sentence whose subject is already written (mend55a): « répètent les riverains depuis un
    an », « disent-ils à une voisine » give « un an » or « une voisine » to no one; the
    member's head is a noun of a person (``signer_nouns``) or « un autre » alone."""
    mention = attribution.speaker_mention
    if mention is not None and found.end("verb") <= mention[0] < found.start("who"):
        return False
    if _subject_written(found["verb"].split(), lex):
        return False
    openers = lex.word_set("member_openers")
    words = [fold(w) for w in found["who"].split()]
    rest = words[2:] if " ".join(words[:2]) in openers else words[1:]
    return not rest or rest[0] in signer_nouns(lex)


def _subject_written(words: list[str], lex: Lexicon) -> bool:
    """The inverted verb carries its subject: a pronoun joined to it (« disent-ils ») or a
    determiner opening the next word (« répètent les riverains », « ajoute l'habitant »)."""
    pronouns = lex.word_set("third_person_subject_pronouns")
    if fold(words[0]).rsplit("-", 1)[-1] in pronouns:
        return True
    determiners = lex.word_set("determiners") - lex.word_set("complement_prepositions")
    after = [fold(w).replace("’", "'") for w in words[1:2]]
    return any(w in determiners or w[:2] in determiners for w in after)


@built_once
def _after_quotation(lex: Lexicon) -> re.Pattern[str]:
    """A closing mark and a comma (a line break may follow), a verb in lower case with at
    most three words of its own (« atteste de son côté »), then an indefinite person of at
    most three words closing the sentence (« une retraitée », « un autre », « une retraitée
    du village »: mend55a)."""
    openers = "|".join(re.escape(w) for w in lex.words("member_openers"))
    word = r"[a-zà-ÿœ’'-]+"
    return re.compile(
        rf"[ \u00a0\u202f]*[»”\"][ \u00a0\u202f]*,\s*(?P<verb>{word}(?: {word}){{0,3}}?) "
        rf"(?P<who>(?:{openers})(?: [a-zà-ÿœ-]+){{1,3}})[ \u00a0\u202f]*[.!?]"
    )
