"""What the drafter's filters throw away, and how much of it a key holds (filters47).

Rounds 38-46 tried to raise French recall by adding findings; this probe asks the other side.
Each rule that removes or narrows findings is wrapped (monkeypatched, the app's code unchanged)
so that, over the corpus, it records every finding it takes away: a finding in its input whose
content no finding of its output covers whole (removed, or narrowed), a draft its predicate
refuses, or the draft a cue it drops would have given. Once the article is read, each taken
finding is checked against the key: *keyed* when its content covers 30 % of a key that no
finding of the final analysis matches (the recall it cost), *dup* when the key it covers is
matched anyway.

    PYTHONHASHSEED=0 python benchmarks/filter_audit.py [--lang fr] [--only REGEX] [--ablate]
        [--json OUT]        (FILTER_AUDIT_TREE=DIR audits DIR's drafter, e.g. the start's)

Prints one row per filter for the whole selection, the tuning set (blind27-45) and the
stand-in (blind46); with ``--ablate``, each filter is also switched off on the articles where
it fired and the article read again: findings added, keys gained and lost, speakers fixed and
broken (the round's bar). Tests inside a shape (``GATES``) are counted only that way: what
they refuse is no finding yet. A filter's removed findings are counted where it ran: a finding
another filter would take out later is counted under both, so the figures bound what removing
one filter could give; the ablation measures the drafter without it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the drafter audited: this tree's, or another's (FILTER_AUDIT_TREE=/work/main: the start)
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, os.environ.get("FILTER_AUDIT_TREE", str(Path(__file__).resolve().parent.parent)))

from draft_eval import CORPUS, coverage, load_article, match_attributions, same_speaker

from quizapp.draft import analysis as an_mod
from quizapp.draft.pipeline import attributions as at_mod
from quizapp.draft.pipeline import reader as rd_mod
from quizapp.draft.pipeline import resolved_drafts as rs_mod
from quizapp.draft.pipeline import whole_article as wa_mod
from quizapp.draft.words.lexicon import load
from quizapp.sets.articles.text import has_headline

TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-5])")
STAND_IN = re.compile(r"blind46")
Span = tuple[int, int]
TAKEN: dict[str, set[Span]] = defaultdict(set)  # filter -> contents taken in this article
OFF: set[str] = set()  # filters switched off (ablation)
CURRENT: list[Any] = [None]  # the draft _speaking_source is reading
GATED: set[str] = set()  # the gates that fired in this article
FIRED = [0]  # how many refusals were recorded (to tell which test refused)


def _record(name: str, content: Span | None) -> None:
    FIRED[0] += 1
    if content is not None:
        TAKEN[name].add(tuple(content))


def list_filter(module: Any, attr: str, name: str, pos: int = 0) -> None:
    """A step taking a list of findings and giving one back: what it no longer covers."""
    original = getattr(module, attr)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if name in OFF:
            return args[pos]
        out = original(*args, **kwargs)
        kept = [f.content for f in out if hasattr(f, "content")]
        for item in args[pos]:
            c = getattr(item, "content", None)
            if c is not None and not any(k[0] <= c[0] and c[1] <= k[1] for k in kept):
                _record(name, c)
        return out

    setattr(module, attr, wrapped)


def predicate(module: Any, attr: str, name: str, draft_at: int, drops: bool = True) -> None:
    """A test whose answer ``drops`` refuses the draft at ``draft_at`` among its arguments."""
    original = getattr(module, attr)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        answer = original(*args, **kwargs)
        if bool(answer) == drops:
            draft = args[draft_at] if draft_at >= 0 else CURRENT[0]
            _record(name, getattr(draft, "content", None))
            if name in OFF:
                return not drops if isinstance(answer, bool) else None
        return answer

    setattr(module, attr, wrapped)


def cue_filter(attr: str, name: str) -> None:
    """A test that drops a cue before any draft: the draft that cue alone would give."""
    original = getattr(at_mod, attr)

    def wrapped(view: Any, cue: Any, *rest: Any) -> bool:
        answer = original(view, cue, *rest)
        if answer:
            build = at_mod.according_draft if cue.kind == "according" else at_mod._verb
            draft = build(view, cue) if cue.kind == "according" else build(view, cue, set())
            _record(name, getattr(draft, "content", None))
            if name in OFF:
                return False
        return answer

    setattr(at_mod, attr, wrapped)


def gate(path: str, attr: str, name: str) -> None:
    """A test inside a shape or a cue reader whose True refuses what it tests: patched in
    every module that imported it; only where it fired is recorded (the ablation tells what
    it took)."""
    module = importlib.import_module(path)
    original = getattr(module, attr)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        answer = original(*args, **kwargs)
        if answer:
            FIRED[0] += 1
            GATED.add(name)
            if name in OFF:
                return False
        return answer

    for mod in list(sys.modules.values()):
        if (
            getattr(mod, "__name__", "").startswith("quizapp.draft")
            and getattr(mod, attr, None) is original
        ):
            setattr(mod, attr, wrapped)


GATES = (
    ("quizapp.draft.shapes.detect.clause_or_subject", "subject_not_said"),
    ("quizapp.draft.clause.objects.contentless.topics", "topic_only"),
    ("quizapp.draft.clause.objects.contentless.intents", "intent_only"),
    ("quizapp.draft.clause.objects.allowed", "_unsaid_phrase"),
    ("quizapp.draft.reporting.cues", "_unsaid_wish"),
    ("quizapp.draft.reporting.cue_forms.learning", "learnt_only"),
    ("quizapp.draft.uncued.rules.seen_as", "_kept_unsaid"),
    ("quizapp.draft.uncued.rules.taken_back", "_unsaid"),
    ("quizapp.draft.speakers.speaker_checks.blamed_by_nobody", "blamed_by_nobody"),
)


def speaking_source() -> None:
    """``_speaking_source`` refuses a draft when nobody speaks; its tests are wrapped apart,
    the rest (a phrase of quoted words) recorded under the whole; an unresolved source too."""
    original, resolution = rs_mod._speaking_source, rs_mod._resolution

    def wrapped(view: Any, draft: Any) -> Any:
        CURRENT[0] = draft
        before = FIRED[0]
        out = original(view, draft)
        if out is None and FIRED[0] == before:
            _record("quoted_words_phrase", draft.content)
        return out

    def resolving(view: Any, draft: Any, *rest: Any) -> Any:
        out = resolution(view, draft, *rest)
        if out is None:
            _record("no_speaker_resolved", draft.content)
        return out

    rs_mod._speaking_source, rs_mod._resolution = wrapped, resolving


def install() -> list[str]:
    """Wrap every filter; returns their names in pipeline order."""
    names = []

    def add(fn: Callable[..., None], *args: Any) -> None:
        fn(*args)
        names.append(args[2] if fn is not cue_filter else args[1])

    add(cue_filter, "_feeds_later_cue", "feeds_later_cue")
    add(cue_filter, "_outlet_relays_a_verb", "outlet_relays_a_verb")
    add(predicate, at_mod, "_subject_of_other_kind", "subject_of_other_kind", 1)
    add(predicate, at_mod, "_clashes", "clashes_in_sentence", 1)
    add(predicate, at_mod, "_figures_beside_according", "figures_beside_according", 1)
    add(predicate, rs_mod, "misread", "misread_reading_place", 1)
    add(predicate, rs_mod, "shown_by_no_document", "shown_by_no_document", -1)
    add(predicate, rs_mod, "meant_by_no_one", "meant_by_no_one", -1)
    add(predicate, rs_mod, "mute_head", "mute_head", -1)
    speaking_source()
    names += ["quoted_words_phrase", "no_speaker_resolved"]
    add(predicate, rd_mod, "said_in_framing", "said_in_framing", 0, False)
    add(list_filter, rd_mod, "after_dateline", "after_dateline")
    for attr in (
        "join_halves", "signed_statements", "join_across_cue", "by_paragraph", "split_listed",
        "named_speakers", "pulled_quotes", "without_shell_objects", "without_targets",
        "with_content", "relayed_by_outer_outlet",
    ):  # fmt: skip
        add(list_filter, wa_mod, attr, attr)
    add(list_filter, an_mod, "released", "released", 1)
    add(list_filter, an_mod, "joined", "joined")
    for attr in ("spoken_subheads", "framed_quotes", "speaking_speakers"):
        add(list_filter, an_mod, attr, attr)
    for path, attr in GATES:
        gate(path, attr, attr)
        names.append(attr)
    return names


def _read(key: Path) -> tuple[Any, Any, dict[int, tuple[bool, bool]]]:
    """The article, its analysis and, per matched key, whether speaker and label agree."""
    art = load_article(key)
    head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
    result = an_mod.analyze(art.text, art.language, headline=head)
    rows = {}
    for i, j in match_attributions(result, art, 0.3):
        got, want = result.attributions[i], art.attributions[j]
        rows[j] = (same_speaker(got.speaker, want.speaker), got.label == want.label)
    return art, result, rows


def audit(keys: list[Path], names: list[str], ablate: bool) -> dict[str, dict[str, list[int]]]:
    """Per set (all, tuning, stand-in), per filter: taken, keyed, dup counts, then with the
    filter off on the articles where it fired: findings added, keys gained, keys lost,
    speakers fixed, speakers broken (after the number of articles where it fired); the
    key/matched/found totals under ``_score``."""
    table: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0] * 9) for s in SETS}
    for key in keys:
        tag = _tag(key)
        TAKEN.clear()
        GATED.clear()
        art, result, rows = _read(key)
        fired = set(TAKEN) | set(GATED)
        for name, spans in TAKEN.items():
            counts = [len(spans), 0, 0]
            for span in spans:
                hit = [
                    j for j, k in enumerate(art.attributions) if coverage(span, k.content) >= 0.3
                ]
                counts[1] += any(j not in rows for j in hit)
                counts[2] += bool(hit) and all(j in rows for j in hit)
            _add(table, tag, name, counts + [0] * 6)
        for name in fired & set(names):
            again = _ablated(key, name, result, rows) if ablate else [0] * 5
            _add(table, tag, name, [0, 0, 0, 1, *again])
        totals = [len(art.attributions), len(rows), len(result.attributions)]
        _add(table, tag, "_score", totals + [0] * 6)
    return table


def _ablated(key: Path, name: str, result: Any, rows: dict) -> list[int]:
    """The article read again with filter ``name`` off, against its reading with it."""
    lex = load(json.loads(key.read_text(encoding="utf-8"))["language"])
    dropping = lex.raw.get("drop_unspoken_findings")
    if name == "speaking_speakers":  # only its drop: the speakers it mends stay mended
        lex.raw["drop_unspoken_findings"] = False
    else:
        OFF.add(name)
    try:
        _, again, rows2 = _read(key)
    finally:
        OFF.discard(name)
        lex.raw["drop_unspoken_findings"] = dropping
    before = {a.content for a in result.attributions}
    added = sum(a.content not in before for a in again.attributions)
    both = set(rows) & set(rows2)
    fixed = sum(rows2[j][0] and not rows[j][0] for j in both)
    broken = sum(rows[j][0] and not rows2[j][0] for j in both)
    return [added, len(set(rows2) - set(rows)), len(set(rows) - set(rows2)), fixed, broken]


SETS = ("all", "tuning", "stand-in")


def _tag(key: Path) -> str:
    """The file name and who keyed it: what the sets are told by."""
    return key.name + " " + json.loads(key.read_text(encoding="utf-8")).get("annotated", "")


def _add(table: dict, tag: str, name: str, counts: list[int]) -> None:
    for s, hit in zip(
        SETS, (True, bool(TUNING.search(tag)), bool(STAND_IN.search(tag))), strict=True
    ):
        if hit:
            table[s][name] = [a + b for a, b in zip(table[s][name], counts, strict=True)]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--lang", default="fr")
    p.add_argument("--only")
    p.add_argument("--off", action="append", default=[], help="switch a filter off")
    p.add_argument("--json", type=Path)
    p.add_argument("--ablate", action="store_true", help="read again with each filter off")
    a = p.parse_args()
    OFF.update(a.off)
    names = install()
    keys = sorted(CORPUS.glob("*.json"))
    keys = [k for k in keys if json.loads(k.read_text(encoding="utf-8"))["language"] == a.lang]
    if a.only:
        keys = [k for k in keys if re.search(a.only, _tag(k))]
    table = audit(keys, names, a.ablate)
    head = "taken keyed  dup keyed% | articles added gained lost sp+ sp-"
    for s in SETS:
        key, matched, found = table[s]["_score"][:3]
        print(f"== {s}: key {key} matched {matched} found {found}")
        print(f"{'filter':28} {head}")
        for name in names:
            row = table[s][name]
            share = f"{100 * row[1] / row[0]:.0f}" if row[0] else "-"
            tail = f"{row[3]:8} " + " ".join(f"{v:5}" for v in row[4:])
            print(f"{name:28} {row[0]:5} {row[1]:5} {row[2]:4} {share:>6} | {tail}")
    if a.json:
        a.json.write_text(json.dumps({s: dict(t) for s, t in table.items()}, indent=1))


if __name__ == "__main__":
    main()
