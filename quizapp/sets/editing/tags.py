"""Skills (tags) as the teacher types them: an id, the name of a skill the set already names,
or a new name in her own words, which becomes an id with that name in the set's ``tags:``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from quizapp.sets.editing.commands import unique_id

ID = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def skill_names(data: dict[str, Any]) -> dict[str, str]:
    """The set's skills: id -> name (the id itself when the set gives it no name)."""
    named = data.get("tags") if isinstance(data.get("tags"), dict) else {}
    found = {
        tag: tag
        for question in data.get("questions", [])
        if isinstance(question, dict)
        for tag in question.get("tags") or []
        if isinstance(tag, str) and ID.fullmatch(tag)  # not a name still being typed
    }
    for tag, about in named.items():
        name = about.get("name") if isinstance(about, dict) else None
        found[str(tag)] = str(name) if name else str(tag)
    return found


def resolve_skills(
    words: list[str], data: dict[str, Any], shown: Mapping[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """Ids for ``words`` and the new skills to name (id -> the words as typed). ``shown``:
    the words a screen showed for ids the set does not name (id -> words), read back as
    those ids."""
    known = skill_names(data)
    by_name = {name.casefold(): tag for tag, name in (shown or {}).items()}
    by_name.update({name.casefold(): tag for tag, name in known.items()})
    ids: list[str] = []
    new: dict[str, str] = {}
    for word in (w.strip() for w in words):
        if not word:
            continue
        if word in known:
            tag = word
        elif word.casefold() in by_name:
            tag = by_name[word.casefold()]
        elif ID.fullmatch(word):
            tag = word
        else:
            tag = unique_id(word, set(known) | set(new), fallback="skill")
            new[tag] = word
            by_name[word.casefold()] = tag
        if tag not in ids:
            ids.append(tag)
    return ids, new
