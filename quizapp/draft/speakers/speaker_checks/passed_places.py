"""The voice a place's finding passes to when no reading of its sentence names anyone
(places57): a town does not speak, the person or body quoting for it does.

A finding whose speaker is a bare place (``place_names.place_named``) and whose words name
nobody — a heading's « Conches : « Faire battre le cœur de ville » », a lone quotation the
resolver gave to the town named in the sentence before (« … les espaces publics de
Vézelay. « Durant le mandat précédent, nous avons… » ») — is heard from the nearest finding
of the article that has a speaker of its own: the next one for a heading, which the story
then quotes at length, else the one before it, whose words a lone quotation goes on."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.words.lexicon import fold


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
    start = attribution.content[0]
    near = [a for a in found if _voiced(a, attribution, voice) and _near(a, attribution, spans)]
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


def _near(
    other: Attribution, attribution: Attribution, spans: tuple[list[Span], list[Span]]
) -> bool:
    """``other`` is in ``attribution``'s paragraph or in the sentence next to it (mend57f:
    « Françoise X du RN », an opponent quoted paragraphs away, took the words of a town)."""
    sentences, paragraphs = spans
    ends = (other.content[0], other.content[1] - 1)
    own = (attribution.content[0], attribution.content[1] - 1)
    if {_index(paragraphs, o) for o in ends} & {_index(paragraphs, o) for o in own}:
        return True
    return min(abs(_index(sentences, a) - _index(sentences, b)) for a in ends for b in own) <= 1


def _index(spans: list[Span], offset: int) -> int:
    """The index of the span ``offset`` falls in (or the last one starting before it)."""
    return bisect_right([span[0] for span in spans], offset) - 1


def holds_place(name: str, place: str) -> bool:
    """``name`` writes the place's name as whole words (« Thoissey L' » holds « Thoissey »;
    "Graham Smith" does not hold "Ham": mend57f)."""
    own = fold(place)
    return bool(own) and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", fold(name)) is not None
