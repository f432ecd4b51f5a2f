"""A quotation opening its paragraph alone, with no cue, that went to the last speaker, and a
next sentence whose subject is a named person: « « … » Paul X, maraîcher à Y, se défend… ».
The narration names who said it right after the quotation, as it does for a paragraph's
opening quotation before anyone was heard (``rules/alone.told_next``); a quotation going on
with the last speaker is followed by a pronoun, a description or a name not in subject place,
and keeps its speaker (cueless29)."""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.resolve import Registry


def named_after(held: Attribution, sentence_start: int, registry: Registry) -> Attribution:
    """``held`` given to the named person who is the subject of the sentence just read (from
    ``sentence_start``), when that sentence's first subject is one; else ``held`` as it was."""
    subject = None
    for seen in reversed(registry.seen):
        if seen.sentence < registry.sentence:
            break
        if seen.subject and seen.offset >= sentence_start:
            subject = seen  # the earliest subject of the sentence is its own
    if subject is None:
        return held
    entity = registry.entities[subject.key]
    if not entity.person or entity.label != "named":
        return held
    return replace(held, speaker=entity.name, label=entity.label)
