"""Outlets counted together: « selon les deux journaux » after « confirmant des informations
du Point et des Echos ». The count and the plural noun take up the outlets the article named
together, one named source, not a vague group of papers. (speakers9 pass.)"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.segment import Span
from quizapp.draft.sources.outlets import outlet_mentions
from quizapp.draft.speakers.entity import Entity

# what stands between two outlets named together: « du Point et des Echos », « X, Y et Z »
_JOINED = re.compile(r"\s*(?:,|et|and)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?")
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4}


def outlets_together(
    entities: dict[str, Entity], text: str, folded: str, span: Span | None, lex: Lexicon
) -> Entity | None:
    """The outlets « les deux journaux » (``folded``: a definite article or « ces », a count,
    a plural of the lexicon's ``outlet_plurals``) stands for: the latest run of as many
    outlets named together before ``span``, as one named entity; None otherwise."""
    words = folded.split()
    if span is None or len(words) != 3 or words[0] not in {"les", "ces", "the", "these"}:
        return None
    count = _COUNTS.get(words[1]) or (int(words[1]) if words[1].isdigit() else 0)
    if count < 2 or words[2] not in lex.word_set("outlet_plurals"):
        return None
    run = _latest_run(text, outlet_mentions(text, (0, span[0]), lex))
    if len(run) != count:
        return None
    names = [_full(text[start:end], lex) for start, end in run]
    name = ", ".join(names[:-1]) + " et " + names[-1]  # « Le Point et Les Echos »
    key = "g:" + fold(name)
    entity = entities.setdefault(key, Entity(key, name, "named", person=False))
    entity.gender = "p"
    return entity


def _full(bare: str, lex: Lexicon) -> str:
    """An outlet's name with its article as the lexicon writes it (« Point » -> « Le Point »)."""
    full = [o for o in lex.raw["outlets"] if o.endswith(" " + bare) and o[:1].isupper()]
    return full[0] if full and len(full[0].split()) == len(bare.split()) + 1 else bare


def _latest_run(text: str, mentions: list[Span]) -> list[Span]:
    """The latest outlets named one after the other, joined by a comma or « et »."""
    run: list[Span] = []
    for mention in reversed(mentions):
        if run and not _JOINED.fullmatch(text, mention[1], run[0][0]):
            if len(run) > 1:
                break
            run = []
        run.insert(0, mention)
    return run if len(run) > 1 else []
