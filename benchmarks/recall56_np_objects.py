"""Round 56's noun-phrase objects counted (recall56): every French reporting cue whose object is
a determiner and a noun (« regrette le manque de… », « a salué un pas vers… ») that no finding
reports, with the features that might tell reported speech from narration, and how often a key
holds the object under each combination of them (tuning set and the rest apart).

The drafter is run as `quizapp draft` runs it; the cue-then-object shape is wrapped so that each
cue it reads leaves a row, whether the shape reported it or not (a row the shape reported and a
later step dropped counts as unfound too). A row whose cue lies inside a key or a finding (a
quotation, a nested clause) is left out: the question is narration, not words inside speech.

python benchmarks/recall56_np_objects.py OUT.jsonl           # dump (PYTHONPATH=tree)
python benchmarks/recall56_np_objects.py OUT.jsonl --table   # features and rates
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from draft_eval import CORPUS, load_article

import quizapp.draft.pipeline.attributions as pipeline
from quizapp.draft import analyze
from quizapp.draft.clause.objects.start import object_start
from quizapp.draft.shapes.detect.clauses import reported
from quizapp.draft.shapes.detect.object_verb import object_verb
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import alternation, built_once, load
from quizapp.sets.articles.text import has_headline

_TUNING = re.compile(r"blind(2[7-9]|[34]\d|5[0-5])")
_NOT_DETERMINERS = ("de", "d'")  # a partitive or a preposition: no noun phrase counted here
_ABSTRACT = re.compile(r"(ion|isme|ité|ance|ence|ment|ure)s?$")
_PRONOUNS = ("il", "elle", "ils", "elles")


def _wrap(rows: list[dict]) -> None:
    """Wrap the cue-then-object shape so that each French verb cue it reads before a noun
    phrase leaves a row in ``rows``."""
    shape = pipeline.cue_then_object

    def wrapped(view, cue, used):  # type: ignore[no-untyped-def]
        draft = shape(view, cue, used)
        verb = object_verb(view, cue) if view.lex.language == "fr" else None
        if verb is None or cue.kind != "verb":
            return draft
        start = object_start(view, cue, verb)
        head = _noun_phrase(view.lex).match(view.text, start)
        if head is not None:
            rows.append(_row(view, cue, start, head.group(1).lower()))
        return draft

    pipeline.cue_then_object = wrapped


@built_once
def _noun_phrase(lex) -> re.Pattern[str]:  # type: ignore[no-untyped-def]
    """A determiner of the lexicon's ``object_skipped_words`` (the articles, possessives and
    demonstratives an object opens on, without « de ») as a whole word, then a noun in lower
    case, its head."""
    elided = [w for w in lex.words("object_skipped_words") if w.endswith("'")]
    whole = [w for w in lex.words("object_skipped_words") if w not in (*elided, *_NOT_DETERMINERS)]
    return re.compile(
        rf"(?:(?:{alternation(whole)})\s+|(?:{alternation(elided)})\s*)"
        r"([a-zàâçéèêëîïôûùüÿœ][\w-]*)"
    )


def _row(view, cue, start: int, head: str) -> dict:  # type: ignore[no-untyped-def]
    """One cue: its words, the subject the shape would give, the object's head noun."""
    draft = reported(view, cue, (start, view.span[1]), 0.55)
    source = view.text[slice(*draft.source)].strip() if draft.source else ""
    pronoun = (
        draft.pronoun or cue.pronoun or (source.lower() if source.lower() in _PRONOUNS else "")
    )
    return {
        "cue": " ".join(view.text[slice(*cue.span)].lower().split()),
        "cue_span": list(cue.span),
        "participle": cue.participle,
        "source": source,
        "subject": "pronoun" if pronoun else _subject_kind(source, view.lex),
        "head": head,
        "object": start,
        "sentence": list(view.span),
    }


def _subject_kind(source: str, lex) -> str:  # type: ignore[no-untyped-def]
    """A person or a body (the speaker checks' test), a thing, or no subject found."""
    if not source:
        return "none"
    return "person/body" if can_speak(source, lex) else "thing"


def dump(out: Path, only: str | None) -> None:
    """One line per French article: its cues read before a noun phrase, keys and findings."""
    rows: list[dict] = []
    _wrap(rows)
    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(CORPUS.glob("fr-*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            if only and not re.search(only, path.stem + raw.get("annotated", "")):
                continue
            article = load_article(path)
            text = article.text
            headline = text.partition("\n")[0].strip() if has_headline(text) else None
            rows.clear()
            found = analyze(text, "fr", headline=headline).attributions
            tuning = bool(_TUNING.search(path.stem) or _TUNING.search(raw.get("annotated", "")))
            line = {"name": path.stem, "tuning": tuning, "text": text, "cues": rows,
                    "keys": [list(k.content) for k in article.attributions],
                    "found": [list(f.content) for f in found]}  # fmt: skip
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")


def _overlaps(start: int, spans: list[list[int]]) -> bool:
    return any(s < start + 20 and start < e for s, e in spans)


def occurrences(lines: list[dict]) -> Iterator[dict]:
    """The unfound rows with their features, once per cue, none inside speech."""
    for line in lines:
        seen: set[tuple[int, ...]] = set()
        inside = line["keys"] + line["found"]
        for cue in line["cues"]:
            where = tuple(cue["cue_span"])
            if where in seen or any(s <= where[0] < e for s, e in inside):
                continue
            seen.add(where)
            if not _overlaps(cue["object"], line["found"]):
                yield _features(line, cue)


def _features(line: dict, cue: dict) -> dict:
    """The brief's features of one row, and whether a key holds its object."""
    text, (start, end) = line["text"], cue["sentence"]
    after = text[end : end + 300].split("\n", 1)[0].strip()
    following = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    earlier = [f for f in line["found"] if f[1] <= cue["cue_span"][0]]
    return {
        "tuning": line["tuning"],
        "keyed": _overlaps(cue["object"], line["keys"]),
        "subject": cue["subject"],
        "tense": _tense(cue),
        "head": _head_kind(cue["head"]),
        "next_quote_or_que": re.search(r"[«“\"]|\bqu(?:e\b|['’])", following) is not None,
        "paragraph_first": start == 0 or text[:start].endswith("\n"),
        "speech_before": any(cue["cue_span"][0] - f[1] < 800 for f in earlier),
    }


def _tense(cue: dict) -> str:
    words = cue["cue"]
    if cue["participle"]:
        return "participle"
    if re.match(r"(?:a|ont)\s", words) or re.search(r"\b(?:a|ont)-t-", words):
        return "passé composé"
    if re.search(r"[^r](?:e|ent|t)$", words) and not re.search(r"ai(?:en)?t$", words):
        return "present"
    return "other"


@cache
def _event_nouns() -> frozenset[str]:
    """The nouns of a concrete event or measure (recall56_event_nouns.json, beside this file)."""
    path = Path(__file__).with_name("recall56_event_nouns.json")
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["event_nouns"])


def _head_kind(head: str) -> str:
    if head in load("fr").word_set("stance_nouns"):
        return "stance"
    events = _event_nouns()
    if head in events or (head.endswith("s") and head[:-1] in events):
        return "event"
    return "abstract" if _ABSTRACT.search(head) else "other"


_FEATURES = ("subject", "tense", "head", "next_quote_or_que", "paragraph_first", "speech_before")


def table(rows: list[dict], least: int = 6) -> None:
    """Each feature alone, then the combinations of two to four keyed most often on the
    tuning set (at least ``least`` rows there), with their rate on the rest of the corpus."""
    print(f"rows {len(rows)}, keyed {sum(r['keyed'] for r in rows)}")
    for feature in _FEATURES:
        for value, (tn, tk, rn, rk) in sorted(_counts(rows, (feature,)).items()):
            print(f"  {feature}={value[0]}: tuning {tk}/{tn}, rest {rk}/{rn}")
    best = []
    for size in (2, 3, 4):
        for names in itertools.combinations(_FEATURES, size):
            for value, (tn, tk, rn, rk) in _counts(rows, names).items():
                if tn >= least:
                    best.append((tk / tn, tn, dict(zip(names, value, strict=True)), tk, rn, rk))
    for rate, tn, combination, tk, rn, rk in sorted(best, key=_by_rate)[:15]:
        print(f"  {combination}: tuning {tk}/{tn} ({rate:.0%}), rest {rk}/{rn}")


def _by_rate(row: tuple) -> tuple[float, int]:
    return -row[0], -row[1]


def _counts(rows: list[dict], names: tuple[str, ...]) -> dict[tuple, list[int]]:
    """Per value of ``names``: tuning rows, keyed; rest rows, keyed."""
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        tally = counts[tuple(row[n] for n in names)]
        first = 0 if row["tuning"] else 2
        tally[first] += 1
        tally[first + 1] += row["keyed"]
    return counts


def main(argv: list[str] | None = None, run: Callable[[Path, str | None], None] = dump) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args(argv)
    if not args.table:
        run(args.out, args.only)
        return
    lines = [json.loads(line) for line in args.out.read_text(encoding="utf-8").splitlines()]
    table(list(occurrences(lines)))


if __name__ == "__main__":
    main()
