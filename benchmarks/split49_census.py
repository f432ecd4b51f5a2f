"""Two keyed statements read as one finding: their shapes, and what cutting them would gain.

split49 (docs/drafting.md, "Forty-ninth round: split49"). The scorer matches one finding to
one key at 30 % of the key's characters, so a finding that holds two keyed statements loses
one of them. This lists every French key no finding matched whose best-overlapping finding
was matched to another key, and sorts the pair (missed key, matched key) by what lies
between the two keys inside the finding (first test met wins): one key inside the other
(nested), a paragraph break, a sentence end, a closing then an opening quotation mark, a
colon, « selon / d'après », « et / mais », nothing but punctuation, other narration; and by
whether the two keys name the same speaker (``same_speaker``). Each shape is counted on the
whole corpus, the tuning set (blind27-47) and by batch round (``annotated``: a steady shape
is one met in many rounds). The nested pairs are sorted again by which key holds the other
and by the words before the inner one.

Then each cut is simulated over the tree's own findings (the cut made, the keys matched again
with the scorer's ``match``; both parts keep the finding's speaker unless said):
- ``incise``: the finding's own cue inside its content and a sentence end after it (« Q1,
  explique X. Q2 »): cut before the cue's comma and after the sentence end;
- ``second-cue``: a reporting verb the drafter reads (``find_cues``) inside an indirect or
  mixed content after « et / mais / tout en / en … » (« X dénonce A et réclame B »);
- ``close-narration``: a quotation closing with its sentence, then narration opening on a
  capital, inside one finding;
- ``selon-inside``: « Selon X, … » opening a sentence inside a direct or mixed finding's
  words, added as X's according-to statement beside the quotation (not the speaker's own
  knowledge: « d'après ce que je sais »).

The stand-in (blind48) is not read. Run:
``PYTHONHASHSEED=0 PYTHONPATH=.:benchmarks python benchmarks/split49_census.py [--examples N]``
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace

from bench_draft import headline_of
from draft_eval import CORPUS, coverage, load_article, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.draft.findings import Attribution
from quizapp.draft.reporting.cues import find_cues
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load

TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-7])")
STAND_IN = re.compile(r"blind48")
ABBREVIATIONS = {"M", "Mme", "Mmes", "MM", "Dr", "Me", "St", "Ste", "Mgr", "Pr"}
SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?\s+[«“\"]?\s*(?=[A-ZÀ-ÖØ-Ý])")
CLOSE_THEN_NARRATION = re.compile(r"(?:[.!?…]\s*[»”\"]|[»”\"]\s*[.!?…])\s+(?=[A-ZÀ-ÖØ-Ý])")
CONNECTOR = re.compile(r"\b(et|mais|puis|tout en|en|avant de|ainsi que)\b[\s\w'’]{0,25}$", re.I)
SELON_FRONT = re.compile(
    r"(?:(?<=[«“\"])|(?<=[«“\",;:.!?]\s)|^)\s*(?:[Ss]elon|[Dd]['’]après)\s+"
    r"(?!moi\b|nous\b|lui\b|eux\b|elles?\b|vous\b|ce que\b)([^,.;:!?«»“”\"]{2,60}?),\s*"
)
Row = tuple[str, str, object, list[Attribution]]


def french_rows() -> list[Row]:
    """(name, annotated, article, findings) for every French key but the stand-in's."""
    rows = []
    for path in sorted(CORPUS.glob("*.json")):
        key = json.loads(path.read_text(encoding="utf-8"))
        where = path.name + " " + key.get("annotated", "")
        if key["language"] != "fr" or STAND_IN.search(where):
            continue
        article = load_article(path)
        found = analyze(article.text, "fr", headline=headline_of(article.text)).attributions
        rows.append((path.stem, key.get("annotated", ""), article, list(found)))
    return rows


def batch_round(name: str, annotated: str) -> str:
    found = re.search(r"blind(\d+)", annotated)
    return found.group(1) if found else "other"


def between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """What lies between two key spans inside one finding."""
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return "nested"
    first, second = sorted([a, b])
    if second[0] < first[1]:
        return "overlapping in part"
    gap = text[first[1] : second[0]]
    around = text[max(first[0], first[1] - 3) : second[0] + 2]
    tests = (
        ("paragraph break", "\n" in gap),
        ("sentence end", re.search(r"[.!?…][\s»”\"]*\s[\s«“\"]*[A-ZÀ-ÝÉ]", around)),
        ("closing then opening mark", any(c in gap for c in "»”") and any(c in gap for c in "«“")),
        ("colon", ":" in gap),
        ("« selon / d'après »", re.search(r"\b(selon|d'après|d’après)\b", gap, re.I)),
        ("« et / mais »", re.search(r"\b(et|mais)\b", gap)),
        ("punctuation only", not gap.strip(' ,;-–—«»“”"')),
    )
    return next((name for name, hit in tests if hit), "other narration")


def nested_shape(text: str, missed, matched) -> str:
    """Which key holds the other, and the words before the inner one."""
    if missed.content == matched.content:
        return "the same words keyed twice"
    inner_missed = (
        matched.content[0] <= missed.content[0] and missed.content[1] <= matched.content[1]
    )
    inner, outer = (missed, matched) if inner_missed else (matched, missed)
    before = text[max(outer.content[0], inner.content[0] - 40) : inner.content[0]]
    after = text[inner.content[1] : inner.content[1] + 30]
    if re.search(r"\b(selon|d'après|d’après)\b", before + " " + after, re.I):
        words = "« selon »"
    elif re.search(r"\b(que|qu'|qu’)\s*[«“\"]?\s*$", before):
        words = "« que »"
    elif re.search(r"[«“\"]\s*$", before):
        words = "a quotation mark"
    elif re.search(r":\s*[«“\"‘']?\s*$", before):
        words = "a colon"
    else:
        words = "other"
    where = "missed inside matched" if inner_missed else "matched inside missed"
    return f"{where}, after {words}"


def census(rows: list[Row], examples: int) -> None:
    """The table of shapes: whole corpus, tuning set, rounds met."""
    counts: dict[str, Counter] = {"whole": Counter(), "tuning": Counter()}
    rounds: dict[tuple, set] = defaultdict(set)
    shown: dict[tuple, list] = defaultdict(list)
    for name, annotated, article, found in rows:
        for missed, matched in _two_in_one(article, found):
            shape = between(article.text, missed.content, matched.content)
            if shape == "nested":
                shape = "nested: " + nested_shape(article.text, missed, matched)
            same = "same" if same_speaker(missed.speaker, matched.speaker) else "other"
            row = (shape, same)
            counts["whole"][row] += 1
            counts["tuning"][row] += bool(TUNING.search(name + " " + annotated))
            rounds[row].add(batch_round(name, annotated))
            shown[row].append(f"{name}: {article.text[slice(*missed.content)][:90]!r}")
    print("| shape | speaker | whole | tuning | rounds |\n|---|---|---|---|---|")
    for row in sorted(counts["whole"], key=lambda r: -counts["whole"][r]):
        cells = (*row, counts["whole"][row], counts["tuning"][row], len(rounds[row]))
        print("| " + " | ".join(map(str, cells)) + " |")
    for row in sorted(shown)[: 100 if examples else 0]:
        print(row, *shown[row][:examples], sep="\n    ")


def _two_in_one(article, found: list[Attribution]):
    """(missed key, matched key) when the finding overlapping the missed key most took the other."""
    pairs = match_attributions(SimpleNamespace(attributions=found), article, 0.3)
    key_of = dict(pairs)
    matched = {j for _, j in pairs}
    for j, key in enumerate(article.attributions):
        if j in matched:
            continue
        best = max(
            ((coverage(f.content, key.content), i) for i, f in enumerate(found)), default=(0, -1)
        )
        if best[0] > 0 and best[1] in key_of:
            yield key, article.attributions[key_of[best[1]]]


def _trimmed_end(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip(' ,«»“”"-–—'))


def incise(text: str, f: Attribution) -> list[Attribution] | None:
    if f.cue is None or not (f.content[0] < f.cue[0] and f.cue[1] < f.content[1]):
        return None
    for end in SENTENCE_END.finditer(text, f.cue[1], f.content[1]):
        word = re.findall(r"[\w'’-]+$", text[f.cue[1] : end.start()])
        if word and word[-1] in ABBREVIATIONS:
            continue
        cut = _trimmed_end(text, f.content[0], f.cue[0])
        return _two(f, cut, end.end())
    return None


def second_cue(text: str, f: Attribution) -> list[Attribution] | None:
    if f.kind == "direct":
        return None
    low, high = f.content
    toks = tokens(text, (low, high), "fr")
    for cue in find_cues(toks, [True] * len(toks), load("fr")):
        before = text[low : cue.span[0]]
        if cue.kind != "verb" or (f.cue and cue.span[0] < f.cue[1]) or before.count('"') % 2:
            continue
        if before.count("«") != before.count("»") or before.count("“") != before.count("”"):
            continue
        joined = CONNECTOR.search(before[-40:])
        if joined:
            rest = re.match(r"\s*(?:que\s|qu['’]|de\s|d['’]|à\s|:\s*)?", text[cue.span[1] : high])
            cut = _trimmed_end(text, low, cue.span[0] - len(joined.group(0)))
            return _two(f, cut, cue.span[1] + rest.end())
    return None


def close_narration(text: str, f: Attribution) -> list[Attribution] | None:
    for end in CLOSE_THEN_NARRATION.finditer(text, *f.content):
        stop = end.start() + 1 if text[end.start()] in ".!?…" else end.start()
        return _two(f, stop, end.end())
    return None


def selon_inside(text: str, f: Attribution) -> list[Attribution] | None:
    if f.kind not in ("direct", "mixed"):
        return None
    added = []
    for selon in SELON_FRONT.finditer(text, *f.content):
        stop = re.compile(r"[.!?…]\s|[»”\"]").search(text, selon.end(), f.content[1])
        end = stop.start() if stop else f.content[1]
        if end - selon.end() >= 10:
            added.append(replace(f, content=(selon.end(), end), speaker=selon.group(1)))
    return [f, *added] if added else None


def _two(f: Attribution, cut: int, resume: int) -> list[Attribution] | None:
    if cut - f.content[0] < 3 or f.content[1] - resume < 3:
        return None
    return [replace(f, content=(f.content[0], cut)), replace(f, content=(resume, f.content[1]))]


Cut = Callable[[str, Attribution], list[Attribution] | None]


def simulate(rows: list[Row], name: str, cut: Cut) -> None:
    """Findings added, keys gained and lost, speakers, for one cut (whole corpus / tuning)."""
    totals = {"whole": Counter(), "tuning": Counter()}
    rounds: set[str] = set()
    for article_name, annotated, article, found in rows:
        changed = [cut(article.text, f) or [f] for f in found]
        new = [f for parts in changed for f in parts]
        if len(new) == len(found):
            continue
        tally = _tally(article, found, new)
        totals["whole"].update(tally)
        if TUNING.search(article_name + " " + annotated):
            totals["tuning"].update(tally)
        if tally["gained"]:
            rounds.add(batch_round(article_name, annotated))
    for scope, t in totals.items():
        share = t["gained"] / t["added"] if t["added"] else 0
        gained = f"{t['gained']} ({share:.0%})"
        print(f"| {name} | {scope} | {t['added']} | {gained} | {t['lost']} | {t['speakers']:+d} |")
    print(f"| {name} | rounds with a gain | {len(rounds)} | | | |")


def _tally(article, old: list[Attribution], new: list[Attribution]) -> Counter:
    def matched(found):
        pairs = match_attributions(SimpleNamespace(attributions=found), article, 0.3)
        keys = article.attributions
        return {j for _, j in pairs}, sum(
            same_speaker(found[i].speaker, keys[j].speaker) for i, j in pairs
        )

    (before, sp_before), (after, sp_after) = matched(old), matched(new)
    added = len(new) - len(old)
    return Counter(
        added=added,
        gained=len(after - before),
        lost=len(before - after),
        speakers=sp_after - sp_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    rows = french_rows()
    census(rows, args.examples)
    print("\n| cut | scope | findings added | keys gained | keys lost | speakers |")
    print("|---|---|---|---|---|---|")
    cuts = {"incise": incise, "second-cue": second_cue, "close-narration": close_narration}
    for name, cut in {**cuts, "selon-inside": selon_inside}.items():
        simulate(rows, name, cut)


if __name__ == "__main__":
    main()
