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
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.draft.words.plural import written_plural


def spoken_by_member(attribution: Attribution, text: str, lex: Lexicon) -> Attribution:
    """The finding with the indefinite person written after its quotation as its speaker,
    when its speaker is a plural group with no name (« les militants »); else as it was."""
    if not _nameless_group(attribution.speaker, lex):
        return attribution
    found = _after_quotation(lex).match(text, attribution.content[1])
    if found is None or not can_speak(found["who"], lex):
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


@built_once
def _after_quotation(lex: Lexicon) -> re.Pattern[str]:
    """A closing mark and a comma (a line break may follow), a verb in lower case with at
    most three words of its own (« atteste de son côté »), then an indefinite person of at
    most two words closing the sentence (« une retraitée », « un autre »)."""
    openers = "|".join(re.escape(w) for w in lex.words("member_openers"))
    word = r"[a-zà-ÿœ’'-]+"
    return re.compile(
        rf"[ \u00a0\u202f]*[»”\"][ \u00a0\u202f]*,\s*{word}(?: {word}){{0,3}}? "
        rf"(?P<who>(?:{openers})(?: [a-zà-ÿœ-]+){{1,2}})[ \u00a0\u202f]*[.!?]"
    )
