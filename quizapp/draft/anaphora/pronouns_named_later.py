"""A pronoun that speaks before anyone is named: « "…", a-t-elle confié. » opening an excerpt
(or a lede under a headline that named her), then « "…", a livré l'épouse de X ». The reader
learns who « elle » is only later, and the keys name the pronoun's words by that later
mention. Moved out of offices/named_later (mend45b): a pronoun waiting for its name is no
office, and that module had grown to its size limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span

_NAMED_WITHIN = 800  # characters: the next few sentences of the excerpt or lede


def link_pronouns_to_later_speakers(
    entities: dict[str, Entity],
    renamed: dict[str, str],
    unanswered: dict[str, int],
    text: str,
    actors: set[str],
    voiced: Sequence[tuple[Span, str]] = (),
) -> None:
    """Each pronoun of ``unanswered`` (its key, where it stands) with no one before it is
    named by the first words that take it up later (its own later mention that is no
    pronoun), else it stands for the first person of its gender who speaks or is a subject
    (``actors``) in the next few sentences; not one only in a complement, nor one whose
    words hold it (``voiced``: « Il aime que…, confie son adjoint » is no « j'aime »;
    leftover45)."""
    for key, at in unanswered.items():
        pronoun = entities[key]
        if not _waiting(pronoun, at, entities, renamed):
            continue
        own = [m for m in sorted(pronoun.mentions) if m[0] > at and _words(text, m)]
        if own:
            renamed[pronoun.name] = key
            pronoun.name = text[own[0][0] : own[0][1]]
            continue
        voices = {speaker for span, speaker in voiced if span[0] <= at < span[1]}
        later = _later_speaker(pronoun, at, entities, actors, voices)
        if later is not None:
            renamed[pronoun.name] = later


def _waiting(
    pronoun: Entity, at: int, entities: dict[str, Entity], renamed: dict[str, str]
) -> bool:
    """A pronoun of a gender, not renamed yet, that no one who fits was met before: it waits
    for its name."""
    if pronoun.name in renamed or pronoun.gender not in "mf":
        return False
    return not any(_before(e, at, pronoun.gender) for e in entities.values() if e is not pronoun)


def _later_speaker(
    pronoun: Entity, at: int, entities: dict[str, Entity], actors: set[str], voices: set[str]
) -> str | None:
    """The key of the first person of the pronoun's gender met after it, among ``actors``
    and not in ``voices``, when met within ``_NAMED_WITHIN`` characters."""
    later = [
        (min(m[0] for m in entity.mentions if m[0] > at), entity.key)
        for entity in entities.values()
        if entity is not pronoun and entity.key in actors and entity.person
        and entity.gender == pronoun.gender and entity.name not in voices
        and any(m[0] > at for m in entity.mentions)
    ]  # fmt: skip
    first = min(later, default=None)
    return first[1] if first is not None and first[0] - at <= _NAMED_WITHIN else None


def _before(entity: Entity, at: int, gender: str) -> bool:
    """A person who fits the pronoun's gender, met before it."""
    fits = entity.person and compatible(entity.gender, gender)
    return fits and any(m[0] < at for m in entity.mentions)


def _words(text: str, mention: Span) -> bool:
    """A mention of more than a pronoun: two words at least (« l'épouse de X », « Jean X »)."""
    return len(re.findall(r"\w+", text[mention[0] : mention[1]])) >= 2
