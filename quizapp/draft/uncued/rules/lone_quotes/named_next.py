"""A quotation opening its paragraph alone, with no cue, that went to the last speaker, and a
next sentence whose subject is a named person: « « … » Paul X, maraîcher à Y, se défend… ».
The narration names who said it right after the quotation, as it does for a paragraph's
opening quotation before anyone was heard (``lone_quotes/alone.told_next``); a quotation going on
with the last speaker is followed by a pronoun, a description or a name not in subject place,
and keeps its speaker (cueless29)."""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.met import subjects_in


def named_after(held: Attribution, sentence_start: int, registry: Registry) -> Attribution:
    """``held`` given to the named person who is the subject of the sentence just read (from
    ``sentence_start``), when that sentence's first subject is one; else ``held`` as it was."""
    subjects = subjects_in(registry.seen, registry.sentence, sentence_start)
    if not subjects:  # the earliest subject of the sentence is its own
        return held
    entity = registry.entities[subjects[0].key]
    if not entity.person or entity.label != "named":
        return held
    return replace(held, speaker=entity.name, label=entity.label)
