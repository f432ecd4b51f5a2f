"""Which of the resolver's readings gave each French finding its speaker (round 49, paths49).

Not part of the app. ``traced`` shadows, for the time of a ``with`` block, every method of the
registry's classes (``pipeline/resolve.Registry`` and the layers below it) and the constructor
of ``findings.Attribution``, and restores them afterwards, as ``said_sentences.py`` does with
the body rules: the findings are the app's own, finding for finding (the hash is checked).

A finding's *reading* is read from three records:
- the function that built the attribution (``resolved`` for a cue's source; a lone
  quotation's rule, a colon's, a subhead's… for the rest);
- for one built from a registry resolution, the chain of registry methods that returned that
  resolution (``_referring>_pronoun>_near_person``…: what the resolver took the source for);
- every later step that rebuilt it with another speaker (``dataclasses.replace`` in a stage
  after the reading: ``across_the_article``, ``speaking_speakers``…).
Beside it, what other readings would have given on the same row, taken from the registry when
the reading starts (before it speaks): the last speaker heard, the last *other* speaker (the
most recent one not the finding's), the sentence's subject, the nearest earlier person of the
source's gender (``_near_person``).

Usage: python benchmarks/paths49_probe.py OUT.jsonl [--only REGEX]; then
python benchmarks/paths49_probe.py --table OUT.jsonl (the counts by reading and batch).
Never prints a stand-in row: blind48's figures are counted, not read.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import inspect
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from draft_eval import match_attributions, same_speaker
from keyed_findings import dump_or_table, french_articles
from paths49_lone import lone_shadows

from quizapp.draft import analyze
from quizapp.draft import findings as findings_module
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.uncued.rules.lone_quotes import alone as alone_module

_SKIP = {"__init__", "observe", "entity"}
_QUIET = {"_speak", "resolve"}  # every chain passes through them: not a reading of its own


class Trace:
    """What the shadows record during one analysis."""

    def __init__(self) -> None:
        self.registry: Registry | None = None
        self.depth = 0
        self.returned: list[tuple[int, str, object]] = []  # (depth, method, result)
        self.pending: dict | None = None  # the last top-level resolution and its frames
        self.snapshot: dict = {}
        self.origin: dict[int, dict] = {}  # id(attribution) -> provenance
        self.alive: list = []  # keeps ids unique while the analysis runs
        self.lone: dict | None = None  # a lone quotation's reading, taken at ``_given_on``
        self.fresh_by: str | None = None  # which reader found the lone quotation's subject

    def start(self, registry: Registry, args: tuple) -> None:
        """Before a top-level ``resolve``: what the other readings would give now."""
        reading, at = args[2], args[3]
        self.snapshot = alternatives(registry, at, getattr(reading, "gender", "x"))
        self.before = copy.deepcopy(registry, {id(registry.lex): registry.lex})
        self.returned = []  # after the alternatives: their calls are no part of the reading

    def finish(self, result: object, frames: list, args: tuple) -> None:
        outer_first = sorted(self.returned, key=lambda t: t[0])
        chain = [n for _, n, r in outer_first if r is result and n not in _QUIET]
        helper = _entity_helper(self.returned, result)
        name = ">".join(chain) or "-"
        name += f"={helper}" if helper else ""
        decider = helper or (chain[-1] if chain else None)
        self.snapshot["next"] = self.next_candidate(decider, args) if decider else None
        self.pending = {"chain": name, "frames": frames, "alt": self.snapshot}

    def next_candidate(self, decider: str, args: tuple) -> str | None:
        """The speaker the resolver gives when the method that decided finds nothing: the
        same resolution run again on the registry as it stood before, that method made to
        return None on this copy only."""
        registry, returned = self.before, self.returned
        setattr(registry, decider, lambda *_args, **_kwargs: None)
        self.depth += 1
        try:
            found = registry.resolve(*args)
        except Exception:  # a reading that cannot go on without the method it lost
            found = None
        finally:
            self.depth -= 1
            self.returned = returned
        return registry.entities[found.key].name if found is not None else None


def _entity_helper(returned: list[tuple[int, str, object]], result: object) -> str | None:
    """The method that returned the entity the final resolution speaks for: the last one to
    return an entity with its key before the resolution was made (``_speak`` follows it)."""
    made = next((i for i, (_, _, r) in enumerate(returned) if r is result), None)
    key = getattr(result, "key", None)
    for _, name, value in reversed(returned[:made] if made is not None else []):
        if getattr(value, "key", None) == key and not hasattr(value, "confidence"):
            return name
    return None


TRACE = Trace()


def alternatives(registry: Registry, at: int, gender: str) -> dict[str, str | None]:
    """The speaker each other reading gives at ``at``, read without speaking."""
    order = registry.speakers_order
    last = registry.entities[order[-1]].name if order else None
    before = registry.entities[order[-2]].name if len(order) > 1 else None
    subject = registry._sentence_subject(at)
    near = None
    for g in [gender] if gender in ("m", "f") else ["m", "f"]:
        near = near or registry._near_person(g, at, nested=False)
    return {
        "last": last,
        "before_last": before,
        "subject": subject.name if subject else None,
        "near": near.name if near else None,
    }


def _shadow(cls: type, name: str, function: Callable) -> Callable:
    def shadow(self, *args, **kwargs):
        top = TRACE.depth == 0 and name == "resolve"
        if top:
            TRACE.start(self, args)
        TRACE.depth += 1
        try:
            result = function(self, *args, **kwargs)
        finally:
            TRACE.depth -= 1
        if result is not None:
            TRACE.returned.append((TRACE.depth, name, result))
        if top:
            TRACE.finish(result, _frames(sys._getframe(1), 6), args)
        return result

    return shadow


def _frames(frame, count: int) -> list:
    found = []
    while frame is not None and len(found) < count:
        found.append(frame)
        frame = frame.f_back
    return found


def _where(frame) -> str:
    module = Path(frame.f_code.co_filename).stem
    return f"{module}.{frame.f_code.co_name}"


def _constructed(original: Callable) -> Callable:
    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        frame = sys._getframe(1)
        before = None
        while frame is not None and frame.f_code.co_filename == dataclasses.__file__:
            before = frame.f_locals.get("obj", before)
            frame = frame.f_back
        TRACE.alive.append(self)
        TRACE.origin[id(self)] = _provenance(self, before, frame)

    return init


def _provenance(made, before, frame) -> dict:
    """A rebuilt finding keeps its reading, with the step that changed its speaker; a new one
    is its builder's, with the registry's chain when that resolution was made under it."""
    if before is not None and id(before) in TRACE.origin:
        record = dict(TRACE.origin[id(before)])
        if before.speaker != made.speaker:
            first = record.get("first", before.speaker)  # the speaker the reading gave
            record["changed"] = (*record.get("changed", ()), _where(frame))
            record["alt"] = {**record.get("alt", {}), "unchanged": first}
            record["first"] = first
        return record
    pending = TRACE.pending
    if pending is not None and any(frame is f for f in pending["frames"]):
        TRACE.pending = None
        return {"builder": _where(frame), "chain": pending["chain"], "alt": pending["alt"]}
    if TRACE.lone is not None and frame.f_code.co_name == "_given_on":
        lone, TRACE.lone = TRACE.lone, None
        return {"builder": _where(frame), "chain": lone["chain"], "alt": lone["alt"]}
    at = made.cue[0] if made.cue else made.content[0]
    alt = alternatives(TRACE.registry, at, "x") if TRACE.registry else {}
    return {"builder": _where(frame), "chain": "-", "alt": alt}


@contextmanager
def traced() -> Iterator[Trace]:
    """Shadow the registry's methods and the attribution's constructor; restore them after."""
    saved: list[tuple[type, str, object]] = []
    for cls in Registry.__mro__[:-1]:
        for name, value in list(vars(cls).items()):
            if inspect.isfunction(value) and name not in _SKIP:
                saved.append((cls, name, value))
                setattr(cls, name, _shadow(cls, name, value))
    made = findings_module.Attribution.__init__
    findings_module.Attribution.__init__ = _constructed(made)
    saved_init = Registry.__init__

    def registry_init(self, *args, **kwargs):
        saved_init(self, *args, **kwargs)
        TRACE.registry = self

    Registry.__init__ = registry_init
    shadows, lone_saved = lone_shadows(alone_module, TRACE, alternatives)
    for name, shadow in shadows.items():
        setattr(alone_module, name, shadow)
    try:
        yield TRACE
    finally:
        for name, function in lone_saved.items():
            setattr(alone_module, name, function)
        Registry.__init__ = saved_init
        findings_module.Attribution.__init__ = made
        for cls, name, value in saved:
            setattr(cls, name, value)


def reading_of(record: dict) -> str:
    """One name per reading: builder, chain, later changes."""
    name = record.get("builder", "?")
    if record.get("chain", "-") != "-":
        name += ":" + record["chain"]
    if record.get("changed"):
        name += " then " + ",".join(record["changed"])
    return name


def batch_of(annotated: str) -> str:
    found = re.search(r"blind(\d+)", annotated)
    return f"blind{found.group(1)}" if found else "other"


def rows(keys: list[Path]) -> Iterator[dict]:
    """One row per matched French finding: its reading, right or not, the alternatives'."""
    for path, article, annotated, head in french_articles(keys):
        TRACE.__init__()
        with traced():
            analysis = analyze(article.text, "fr", headline=head)
        _hashed(path, analysis)
        for i, j in match_attributions(analysis, article, 0.3):
            got, want = analysis.attributions[i], article.attributions[j]
            record = TRACE.origin.get(id(got), {})
            alt = record.get("alt", {})
            yield {
                "article": article.name,
                "batch": batch_of(annotated),
                "reading": reading_of(record),
                "right": same_speaker(got.speaker, want.speaker),
                "found": got.speaker,
                "key": want.speaker,
                "kind": got.kind,
                "content": got.content,
                "key_content": want.content,
                "alt": {k: (v, same_speaker(v, want.speaker)) for k, v in alt.items()},
            }


FINDINGS = hashlib.sha256()  # quick_score's French findings hash: the app's findings, unchanged


def _hashed(path: Path, analysis) -> None:
    FINDINGS.update(path.name.encode())
    for f in analysis.attributions:
        FINDINGS.update(repr((f.content, f.speaker, f.label, f.kind)).encode())
    for c in analysis.unattributed:
        FINDINGS.update(repr((c.span, c.label)).encode())


def _table(records: list[dict]) -> None:
    from paths49_table import print_tables

    print_tables(records)


def main() -> None:
    if dump_or_table(rows, _table):
        print("French findings hash", FINDINGS.hexdigest()[:12])


if __name__ == "__main__":
    main()
