"""Whose wish a « il / elle souhaite … » tells (mend50c, for ``spoken_intents``).

intent50 gave the pronoun to the last speaker found before it, whatever its gender and
whoever was named between: « L'adjointe Marie Durand était présente. Elle souhaite … » went
to the mayor who spoke before, « Son fils vit à Paris. Il souhaite devenir médecin. » to the
father. A pronoun now takes that speaker only when its gender (lexicon ``pronouns``) fits the
speaker's (the resolver's entity, else the first name) and no other person stands between
the speaker's finding and the pronoun: a person the resolver met there (a name, a
description), a listed first name or a person noun (``gender.someone_words``). Otherwise the
wish is left unread: a wrong speaker is worse than a wish missed."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.names.naming.gender import first_name_gender, noun_gender, someone_words
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.folding import fold, folded_words
from quizapp.draft.words.lexicon import Lexicon

_STOP = re.compile(r"[.!?…](?=\s|$)")  # the end of the speaker's sentence


def pronoun_fits(
    said: Attribution, pronoun: str, span: Span, text: str, lex: Lexicon, people: list[Entity]
) -> bool:
    """The subject ``pronoun`` at ``span`` may stand for ``said``'s speaker: its gender fits
    the speaker's and nobody else is written between the end of ``said``'s sentence and it."""
    gender = lex.raw["pronouns"].get(fold(pronoun), "x")
    if not compatible(gender, _speaker_gender(said.speaker, lex, people)):
        return False
    start = max(end for _, end in filter(None, (said.content, said.cue, said.source)))
    stop = _STOP.search(text, start, span[0])  # the speaker's own apposition (« X, délégué »)
    start = start if stop is None else stop.end()
    return not _someone_between(said.speaker, gender, text, (start, span[0]), lex, people)


def _is_speaker(entity: Entity, speaker: str) -> bool:
    """``entity`` is the one ``speaker`` names: the same name, or its last word in it."""
    words = folded_words(entity.name)
    return bool(words) and (
        fold(entity.name) == fold(speaker) or words[-1] in folded_words(speaker)
    )


def _speaker_gender(speaker: str, lex: Lexicon, people: list[Entity]) -> str:
    """The speaker's gender as the resolver knows it, else its first name's, else "x"."""
    known = [e.gender for e in people if e.gender != "x" and _is_speaker(e, speaker)]
    if known:
        return known[0]
    words = speaker.split()
    return (first_name_gender(words[0], lex) if words else "") or "x"


def _someone_between(
    speaker: str, gender: str, text: str, stretch: Span, lex: Lexicon, people: list[Entity]
) -> bool:
    """Another person the pronoun of ``gender`` may stand for is written in ``stretch``: a
    person the resolver met there who is not the speaker, a singular person noun (« son
    fils », « l'adjointe ») or a listed first name, of a gender that fits. A plural (« comme
    les élus ») is no rival for « il »: in the tuning set it only compared the speaker."""
    start, end = stretch
    for entity in people:
        inside = any(start <= m[0] < end for m in entity.mentions)
        rival = entity.person and compatible(entity.gender, gender)
        if inside and rival and not _is_speaker(entity, speaker):
            return True
    nouns = someone_words(lex)
    for match in WORD_WITH_MARKS.finditer(text, start, max(start, end)):
        word, folded = match.group(), fold(match.group()).split("'")[-1]
        person = folded in nouns or (folded.endswith("e") and folded[:-1] in nouns)
        if person and compatible(noun_gender(folded, lex), gender):  # « l'adjointe »
            return True
        named = word[:1].isupper() and first_name_gender(word, lex)
        if named and compatible(named, gender) and not _is_in(word, speaker):
            return True
    return False


def _is_in(word: str, speaker: str) -> bool:
    """``word`` is a word of the speaker's name (« Jean » of « Jean Dupont »)."""
    return fold(word) in folded_words(speaker)
