"""A speaking « il » / « elle » taken as a body while a person of its gender stands near (elle50).

Not part of the app. Round 49's lead counted, in one sealed local article, six findings whose
source was « elle » (« elle a expliqué », « a-t-elle ajouté », « selon elle ») and whose speaker
the drafter gave to a feminine body named before a person (« La commune et l'agglomération…
Sa maire, Jeanne X, … ») where the key gives the person. This probe counts the shape over the
corpus. For the time of a run it shadows ``Pronouns._pronoun`` and the readers it asks
(``_DECIDERS``), restored afterwards as ``paths49_probe.traced`` does for the whole registry,
and records for each top-level call (an inverted « a-t-elle ajouté » too: it has no source
span, its cue's start is where it is read): the pronoun's gender, the entity it resolved to and
which reader returned it, whether that entity is a body (no person, or a phrase headed by a
noun of a place or body, ``_body_like``: the drafter holds « la commune » as a person, its noun
is in ``general_person_nouns``), and the latest person (not body-like) of that exact gender, or
else of a gender nothing told, the reader met before it in the same paragraph or the one before
(a subject or not, inside a complement or not, the body named before or after it). Each finding
read from that pronoun is matched to its key at 30 % (``draft_eval.match_attributions``);
``same_speaker`` says whether the drafter's speaker, and the person instead, would be right.

Usage: python benchmarks/elle50_probe.py TREE OUT.jsonl [--lang en]; python
benchmarks/elle50_probe.py --table OUT.jsonl [-v] (-v prints the rows, never the stand-in's:
blind49 is counted only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

_SETS = {"tuning": r"blind(2[7-9]|3[0-9]|4[0-8])", "stand-in": r"blind49"}
_SPEECH = re.compile(
    r"\b(expliqu|indiqu|ajout|précis|affirm|déclar|estim|souligne|assur|annonc|rappel|"
    r"confi|répond|dit\b|explique|insist|regrett|reconna|lanc|poursui|détaill|admet|note)",
    re.IGNORECASE,
)


def _paragraph_of(text: str, at: int) -> int:
    """The index of the paragraph (lines between newlines, blank lines skipped) holding ``at``."""
    return sum(1 for line in text[:at].split("\n")[:-1] if line.strip())


_DETERMINERS = {"la", "le", "l", "les", "sa", "son", "cette", "ce", "cet", "notre", "leur"}
_MORE_BODIES = {
    "mairie",
    "préfecture",
    "prefecture",
    "conseil",
    "tribunal",
    "gouvernement",
    "ministère",
    "ministere",
    "direction",
    "police",
    "gendarmerie",
    "justice",
}


def _body_like(entity, lex) -> bool:
    """No person, or a phrase headed by a noun of a place or a body (lexicon
    ``place_kind_nouns``, ``organisation_anaphors``, ``body_hypernyms``): « la commune »,
    « le département », « la société », which the drafter may hold as a speaking person."""
    if not entity.person:
        return True
    words = [w for w in re.split(r"[\s'’]+", entity.name.lower()) if w]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if not words:
        return False
    hyper = lex.raw.get("body_hypernyms", {})
    nouns = set(lex.word_set("place_kind_nouns")) | set(lex.word_set("organisation_anaphors"))
    nouns |= set(hyper) | {w for ws in hyper.values() for w in ws} | _MORE_BODIES
    return words[0] in nouns


def _person_near(reg, gender: str, at: int, untold: bool = False) -> dict | None:
    """The latest mention before ``at`` of a person of ``gender`` in this paragraph or the one
    before (``untold``: or of a gender nothing told): its name, a subject or not, in a
    complement or not, its paragraph distance."""
    here = _paragraph_of(reg.text, at)
    for seen in reversed(reg.seen):
        if seen.offset >= at:
            continue
        distance = here - _paragraph_of(reg.text, seen.offset)
        if distance > 1:
            return None
        entity = reg.entities[seen.key]
        fits = entity.gender == gender or (untold and entity.gender == "x")
        if fits and not _body_like(entity, reg.lex) and not seen.pronoun:
            return {
                "name": entity.name,
                "subject": seen.subject,
                "nested": seen.nested,
                "distance": distance,
                "offset": seen.offset,
            }
    return None


_DECIDERS = (
    "_going_on",
    "_near_person",
    "_described_near",
    "_body_subject",
    "_latest_person",
    "_past_outlet",
    "_sentence_subject",
    "_someone_subject",
    "_singular_subject",
    "_last_speaker",
    "_last_group",
    "_named_in_paragraphs",
)


def _shadowed(records: dict) -> Callable[[], None]:
    """Shadow ``Pronouns._pronoun`` (one record per top-level call) and the readers it asks
    (``_DECIDERS``: which one returned the entity spoken for); return what puts them back."""
    from quizapp.draft.anaphora.pronouns import Pronouns
    from quizapp.draft.pipeline.resolve import Registry

    saved = {name: getattr(Registry, name) for name in _DECIDERS if hasattr(Registry, name)}
    original, depth, returned = Pronouns._pronoun, [0], []

    def asked(name: str, method: Callable) -> Callable:
        def shadow(self, *args, **kwargs):
            found = method(self, *args, **kwargs)
            if depth[0] and found is not None:
                returned.append((name, getattr(found, "key", None)))
            return found

        return shadow

    def shadow(self, reading, at, span):
        if depth[0] == 0:
            returned.clear()
        depth[0] += 1
        try:
            found = original(self, reading, at, span)
        finally:
            depth[0] -= 1
        if depth[0] == 0 and reading.gender in ("m", "f"):
            deciders = [n for n, k in returned if found is not None and k == found.key]
            records[tuple(span) if span else at] = _record(self, reading, at, span, found)
            records[tuple(span) if span else at]["decider"] = deciders[0] if deciders else "-"
        return found

    for name, method in saved.items():
        setattr(Registry, name, asked(name, method))
    Pronouns._pronoun = shadow

    def restore() -> None:
        Pronouns._pronoun = original
        for name, method in saved.items():
            setattr(Registry, name, method)

    return restore


def _record(reg, reading, at: int, span, found) -> dict:
    """What one pronoun resolved to, and the person of its gender near it."""
    entity = reg.entities[found.key] if found is not None else None
    person = _person_near(reg, reading.gender, at)
    body_at = max((s for s, _ in entity.mentions if s < at), default=None) if entity else None
    return {
        "inverted": span is None,
        "gender": reading.gender,
        "resolved": entity.name if entity else None,
        "resolved_person": bool(entity and not _body_like(entity, reg.lex)),
        "person": person,
        "person_untold": _person_near(reg, reading.gender, at, untold=True),
        "body_before_person": bool(person and body_at is not None and body_at < person["offset"]),
        "cue": " ".join(reg.text[at : at + 60].split()[:6]),
    }


def rows(tree: Path, language: str = "fr") -> list[dict]:
    """One row per finding in ``language`` whose source is a gendered pronoun the resolver read
    (its span; an inverted « a-t-elle ajouté » has none, its cue's start is where it is read)."""
    sys.path[:0] = [str(tree), str(tree / "benchmarks")]
    from draft_eval import same_speaker
    from keyed_findings import keyed_article

    records: dict = {}
    restore = _shadowed(records)
    out = []
    try:
        for key in sorted((tree / "tests" / "data" / "draft").glob(f"{language}-*.json")):
            records.clear()
            read = keyed_article(key)
            for i, f in enumerate(read.analysis.attributions):
                rec = records.get(tuple(f.source) if f.source else f.cue and f.cue[0])
                if rec is None:
                    continue
                want = read.article.attributions[read.pairs[i]] if i in read.pairs else None
                person = rec["person"]
                out.append(
                    {
                        **rec,
                        "art": key.stem,
                        "ann": read.annotated,
                        "speaker": f.speaker,
                        "key": want.speaker if want else None,
                        "right": bool(want) and same_speaker(f.speaker, want.speaker),
                        "person_right": bool(want and person)
                        and same_speaker(person["name"], want.speaker),
                        "untold_right": bool(want and rec["person_untold"])
                        and same_speaker(rec["person_untold"]["name"], want.speaker),
                        "text": read.article.text[f.content[0] : f.content[1]][:80],
                    }
                )
    finally:
        restore()
    return out


def _set_of(row: dict) -> list[str]:
    return ["whole"] + [name for name, rx in _SETS.items() if re.search(rx, row["ann"])]


def table(rows: list[dict], verbose: bool) -> None:
    """The shape's counts per set and split; the rows themselves outside the stand-in."""
    counts: Counter = Counter()
    for row in rows:
        untold = row["person"] is None and row.get("person_untold") is not None
        p = row["person"] or row.get("person_untold")
        if row["resolved_person"] or p is None:
            continue
        split = (
            row["gender"] + (" (person's gender untold)" if untold else ""),
            "body before" if row["body_before_person"] else "body after/none",
            "subject" if p["subject"] else ("complement" if p["nested"] else "mention"),
            "speech verb" if _SPEECH.search(row["cue"]) else "other verb",
            row.get("decider", "-"),
        )
        verdict = (
            "unmatched"
            if row["key"] is None
            else "right"
            if row["right"]
            else "key=person"
            if row["person_right"] or row.get("untold_right")
            else "key=other"
        )
        for name in _set_of(row):
            counts[(name, verdict)] += 1
            counts[(name, verdict, split)] += 1
        if verbose and "blind49" not in row["ann"]:
            print(
                verdict,
                split,
                "|",
                row["speaker"],
                "| person:",
                p["name"],
                "| KEY:",
                row["key"],
                "|",
                row["cue"],
                "|",
                row["art"],
            )
    for key, value in sorted(counts.items(), key=lambda kv: [str(x) for x in kv[0]]):
        print(value, *key, sep="\t")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+", type=Path, help="TREE OUT, or OUT with --table")
    parser.add_argument("--table", action="store_true")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--lang", default="fr", help="fr, or en for « she » / « he »")
    args = parser.parse_args()
    if args.table:
        table([json.loads(line) for line in args.paths[-1].open(encoding="utf-8")], args.v)
        return
    with args.paths[1].open("w", encoding="utf-8") as out:
        for row in rows(args.paths[0].resolve(), args.lang):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
