"""The voice a place's finding passes to when no reading of its sentence names anyone
(places57): a town does not speak, the person or body quoting for it does.

A finding whose speaker is a bare place (``place_names.place_named``) and whose words name
nobody — a heading's « Conches : « Faire battre le cœur de ville » », a lone quotation the
resolver gave to the town named in the sentence before (« … les espaces publics de
Vézelay. « Durant le mandat précédent, nous avons… » ») — is heard from the nearest finding
of the article that has a speaker of its own: the next one for a heading, which the story
then quotes at length, else the one before it, whose words a lone quotation goes on. The
voice is a person or a body, not a document, in the paragraph or the sentence next to it
(mend57f). ``placed``, which gives a place's finding its speaker (the words its sentence
writes, a reading's person, else this voice), moved here from ``place_names`` (mend57f: that
module had reached 300 lines)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak, speaking_noun
from quizapp.draft.speakers.speaker_checks.place_names import (
    a_person,
    body_words,
    heading_line,
    place_named,
)
from quizapp.draft.speakers.speaker_checks.place_voices import reading_voice, shares_subject
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def nearest_voice(
    attribution: Attribution,
    found: Sequence[Attribution],
    heading: bool,
    voice: Callable[[Attribution], bool],
    spans: tuple[list[Span], list[Span]],
) -> tuple[str, str] | None:
    """The speaker and label of the finding nearest ``attribution`` with a ``voice`` that
    can speak for the place (``_voiced``), in its paragraph or the sentence next to it
    (``_near``): after it for a ``heading``, else before it, else after it."""
    start, run = attribution.content[0], _run(attribution, found)
    near = [a for a in found if _voiced(a, attribution, voice) and _near(a, run, spans)]
    before = [a for a in near if a.content[1] <= start]
    after = [a for a in near if a.content[0] > start]
    order = (after[:1], before[-1:]) if heading else (before[-1:], after[:1])
    for chosen in order:
        if chosen:
            return chosen[0].speaker, chosen[0].label
    return None


def _voiced(
    other: Attribution, attribution: Attribution, voice: Callable[[Attribution], bool]
) -> bool:
    """``other`` has a ``voice`` of its own, a person or a body and not a place as that
    finding writes it (the same name its sentence writes as a subject, "Downing Street
    added", speaks, and the lone quotation after it goes on in its voice), nor another name
    holding the place's (« Thoissey L' », the headline's words cut as a name)."""
    speaker, own = other.speaker, fold(attribution.speaker)
    if not speaker or other is attribution or not voice(other):
        return False
    return fold(speaker) == own or not holds_place(speaker, attribution.speaker)


def _run(attribution: Attribution, found: Sequence[Attribution]) -> Span:
    """Where the findings next to one another that give ``attribution``'s place as speaker
    start and end, ``attribution`` among them: quotations going on paragraph after paragraph
    are one voice's, heard from the finding next to the first or the last."""
    at = [i for i, a in enumerate(found) if a.content == attribution.content]
    if not at:
        return attribution.content
    first = last = at[0]
    while first > 0 and found[first - 1].speaker == attribution.speaker:
        first -= 1
    while last + 1 < len(found) and found[last + 1].speaker == attribution.speaker:
        last += 1
    return found[first].content[0], found[last].content[1]


def _near(other: Attribution, run: Span, spans: tuple[list[Span], list[Span]]) -> bool:
    """``other`` is in the paragraph of the place's ``run`` of findings or in the sentence
    next to it (mend57f: « Françoise X du RN », an opponent quoted paragraphs away, took the
    words of a town)."""
    sentences, paragraphs = spans
    ends = (other.content[0], other.content[1] - 1)
    own = (run[0], run[1] - 1)
    if set(_indexes(paragraphs, ends)) & set(_indexes(paragraphs, own)):
        return True
    theirs, ours = _indexes(sentences, ends), _indexes(sentences, own)
    return min(abs(a - b) for a in theirs for b in ours) <= 1


def _indexes(spans: list[Span], offsets: tuple[int, int]) -> list[int]:
    """The index of the span each offset falls in (or the last one starting before it), the
    spans' starts listed once for both offsets."""
    starts = [span[0] for span in spans]
    return [bisect_right(starts, offset) - 1 for offset in offsets]


def holds_place(name: str, place: str) -> bool:
    """``name`` writes the place's name as whole words (« Thoissey L' » holds « Thoissey »;
    "Graham Smith" does not hold "Ham": mend57f)."""
    own = fold(place)
    return bool(own) and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", fold(name)) is not None


def placed(
    attribution: Attribution,
    registry: Registry,
    lex: Lexicon,
    reading: Callable[[], tuple[str, str] | None],
    found: Sequence[Attribution] = (),
    spans: tuple[list[Span], list[Span]] = ([], []),
) -> Attribution:
    """The finding whose speaker is a place, given the words its mention writes when they
    can speak (« The report » the resolver took for « Brecon »), else, for a finding with no
    mention, the subject another finding's mention writes earlier in its sentence
    (``_sentence_subject``, places58), else the person ``reading`` (``plausible``'s readings)
    finds when it can speak for the place (``place_voices.reading_voice``, places58); else, for a
    finding whose sentence writes no words for its speaker (a lone quotation) or only a
    heading's place, the nearest finding's voice (``passed_places``, places57); else left as
    it was: a place's name still matches a key naming its body (« Lesparre » for « la mairie
    de Lesparre »), a reading's body or group most often did not."""
    written = written_speaker(attribution.speaker_mention, attribution.speaker, registry, lex)
    if written:
        return replace(attribution, speaker=written)
    if _named_subject(attribution, registry.text, lex):
        return attribution  # « Saint-Martin a annoncé »: no person from elsewhere (mend57f)
    mention = attribution.speaker_mention
    shared = _sentence_subject(attribution, found, spans[0], registry, lex) if not mention else ""
    if shared:
        return replace(attribution, speaker=shared)
    taken = reading()
    held = taken is not None and holds_place(taken[0], attribution.speaker)
    if taken is not None and reading_voice(taken[0], attribution.speaker, registry, lex, held):
        return replace(attribution, speaker=taken[0], label=taken[1])
    if mention is not None and not heading_line(mention, registry.text):
        return attribution  # the sentence's own words for it: a key may name its body
    heading = mention is not None
    voice = partial(_speaks_for_place, registry=registry, lex=lex)
    near = nearest_voice(attribution, found, heading, voice, spans)
    return attribution if near is None else replace(attribution, speaker=near[0], label=near[1])


def _named_subject(attribution: Attribution, text: str, lex: Lexicon) -> bool:
    """The finding's mention writes a name of its own as the subject, other than the place's
    whole name and no pronoun (« L'église Saint-Martin de Valbourg … Saint-Martin a
    annoncé »): the sentence says who speaks, and a reading's person met in another paragraph
    is not it (mend57f: Hubert Lamarre took the church's words)."""
    mention = attribution.speaker_mention
    if mention is None or heading_line(mention, text):
        return False
    written = text[mention[0] : mention[1]].strip()
    folded = fold(written)
    if not written[:1].isupper() or folded in _pronouns(lex):
        return False
    return folded != fold(attribution.speaker)


def _speaks_for_place(other: Attribution, registry: Registry, lex: Lexicon) -> bool:
    """Another finding's speaker can speak for a place, and is no place as that finding's own
    mention writes it: a person (of the registry, or by a listed first name), a name holding
    a person's or a body's noun (« le maire »), or a name its own sentence writes as the
    subject ("Downing Street added"); not a document (mend57f: « le Baromètre des
    territoires », a survey, took a town's words)."""
    speaker, mention = other.speaker, other.speaker_mention
    if place_named(speaker, registry, lex, mention):
        return False
    if a_person(speaker, registry, lex, vouched=True):
        return True
    words = WORD_FROM_LETTER.findall(speaker)
    if any(_speaking_word(w, lex) for w in words):
        return True
    written = registry.text[mention[0] : mention[1]].strip() if mention else ""
    return speaker[:1].isupper() and fold(written) == fold(speaker)


def _speaking_word(word: str, lex: Lexicon) -> bool:
    """A person's or a body's noun, or a listed first name."""
    folded = fold(word)
    return (
        speaking_noun(folded, lex)
        or folded in body_words(lex)
        or bool(first_name_gender(word, lex))
    )


def _sentence_subject(
    attribution: Attribution,
    found: Sequence[Attribution],
    sentences: list[Span],
    registry: Registry,
    lex: Lexicon,
) -> str:
    """The words another finding's mention writes as its speaker earlier in the sentence
    where ``attribution``'s words start, when they can speak and the words between go on
    with that subject (``place_voices.shares_subject``, mend58c): a second cue of one subject
    (« …, balaye le maire qui défend le nom et dénonce ceux « qui… » »), whose words the
    resolver gave to the place, is that subject's, not a reading's person from the
    sentence before (places58: « Françoise X du RN » took the mayor's words); a cue after
    « alors que », "while" or another voice is not (mend58c)."""
    start = attribution.content[0]
    at = _indexes(sentences, (start, start))[0]
    for other in reversed(found):
        mention = other.speaker_mention
        if other is attribution or mention is None or mention[0] >= start:
            continue
        if _indexes(sentences, (mention[0], mention[0]))[0] != at:
            continue
        if not shares_subject(registry.text[mention[1] : start], lex):
            return ""
        return written_speaker(mention, other.speaker, registry, lex) or ""
    return ""


def written_speaker(mention: Span | None, speaker: str, registry: Registry, lex: Lexicon) -> str:
    """The words the finding's mention writes, when they can speak on their own and are
    neither the place nor a pronoun (« The report » resolved to « Brecon »: the report
    speaks); else the empty string."""
    if mention is None:
        return ""
    written = registry.text[mention[0] : mention[1]].strip()
    folded = fold(written)
    if not written or folded == fold(speaker) or folded in _pronouns(lex):
        return ""
    if not can_speak(written, lex) or place_named(written, registry, lex):
        return ""
    return written


@built_once
def _pronouns(lex: Lexicon) -> frozenset[str]:
    """The pronouns a mention may be written as: they speak only through what they take up."""
    keys = ("pronouns", "subject_pronouns", "latter_pronouns", "impersonal")
    return frozenset(fold(w) for key in keys for w in lex.raw.get(key, ()))
