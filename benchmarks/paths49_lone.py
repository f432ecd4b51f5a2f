"""The lone quotations' readings for ``paths49_probe.py`` (not part of the app).

``lone_quotes/alone._given_on`` gives a lone quotation either the fresh subject (found by one
of six readers: the sentence's own subject, the one person its lead names, a subject of the
three sentences before, a description, the recent subject, the one person the sentence before
names) or the last finding's speaker. The shadows say which, and take the other readings'
speakers before ``_given_on`` notes the subject, with one more: the latest one named between
the last finding and the quotation.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.uncued.going_on.quoted_on import finding_ends


def named_between(registry: Registry, last_end: int, at: int) -> dict[str, str | None]:
    """The latest one the narration named (outside a complement) after the last finding and
    before a lone quotation at ``at``, within three sentences: anyone, and a person."""
    found: dict[str, str | None] = {"between": None, "between_person": None}
    for seen in reversed(registry.seen):
        if seen.offset >= at or seen.nested or seen.pronoun:
            continue
        if seen.offset < last_end or seen.sentence < registry.sentence - 3:
            break
        entity = registry.entities[seen.key]
        found["between"] = found["between"] or entity.name
        if entity.person and found["between_person"] is None:
            found["between_person"] = entity.name
    return found


_FRESH_READERS = (
    "own_subject",
    "one_named_in",
    "previous_subject",
    "described_subject",
    "recent_subject",
    "one_named_before",
)


def lone_shadows(alone, trace, alternatives: Callable) -> tuple[dict, dict]:
    """Shadows in ``lone_quotes/alone``'s namespace: which reader gave the fresh subject, and
    ``_given_on`` taking the alternatives before it notes that subject."""

    def reader(name: str, function: Callable) -> Callable:
        def shadow(*args, **kwargs):
            found = function(*args, **kwargs)
            if found is not None:
                trace.fresh_by = name
            return found

        return shadow

    def fresh(*args, **kwargs):
        trace.fresh_by = None
        return saved["fresh_subject"](*args, **kwargs)

    def given_on(view, registry, earlier, content, fresh_key):
        chain = f"fresh={trace.fresh_by}" if fresh_key is not None else "last_finding"
        alt = alternatives(registry, view.span[0], "x")
        last_end = max(finding_ends(earlier[-1])) if earlier else -1
        alt.update(named_between(registry, last_end, content[0]))
        trace.lone = {"chain": chain, "alt": alt}
        return saved["_given_on"](view, registry, earlier, content, fresh_key)

    saved = {n: getattr(alone, n) for n in (*_FRESH_READERS, "fresh_subject", "_given_on")}
    shadows = {n: reader(n, saved[n]) for n in _FRESH_READERS}
    return {**shadows, "fresh_subject": fresh, "_given_on": given_on}, saved
