"""The voice a place's finding passes to when no reading of its sentence names anyone
(places57): a town does not speak, the person or body quoting for it does.

A finding whose speaker is a bare place (``place_names.place_named``) and whose words name
nobody — a heading's « Conches : « Faire battre le cœur de ville » », a lone quotation the
resolver gave to the town named in the sentence before (« … les espaces publics de
Vézelay. « Durant le mandat précédent, nous avons… » ») — is heard from the nearest finding
of the article that has a speaker of its own: the next one for a heading, which the story
then quotes at length, else the one before it, whose words a lone quotation goes on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizapp.draft.findings import Attribution
from quizapp.draft.words.lexicon import fold


def nearest_voice(
    attribution: Attribution,
    found: Sequence[Attribution],
    heading: bool,
    place: Callable[[Attribution], bool],
) -> tuple[str, str] | None:
    """The speaker and label of the finding nearest ``attribution`` with a voice of its own
    (``_voiced``): after it for a ``heading``, else before it, else after it."""
    start = attribution.content[0]
    before = [a for a in found if a.content[1] <= start and _voiced(a, attribution, place)]
    after = [a for a in found if a.content[0] > start and _voiced(a, attribution, place)]
    order = (after[:1], before[-1:]) if heading else (before[-1:], after[:1])
    for chosen in order:
        if chosen:
            return chosen[0].speaker, chosen[0].label
    return None


def _voiced(
    other: Attribution, attribution: Attribution, place: Callable[[Attribution], bool]
) -> bool:
    """``other`` has a speaker of its own: not a ``place`` as that finding writes it (the
    same name its sentence writes as a subject, "Downing Street added", speaks, and the lone
    quotation after it goes on in its voice), nor another name holding the place's
    (« Thoissey L' », the headline's words cut as a name)."""
    speaker, own = other.speaker, fold(attribution.speaker)
    if not speaker or other is attribution or place(other):
        return False
    return fold(speaker) == own or own not in fold(speaker)
