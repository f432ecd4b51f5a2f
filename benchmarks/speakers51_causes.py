"""speakers51_causes.py OUT.jsonl [--only REGEX] [--table [-v]]: wrong speakers sorted by cause.

Round 51's speaker pass (speakers51). For every matched French finding whose speaker does not
agree with its key's (`draft_eval.same_speaker`), one JSON line: the article, who keyed it, the
found and key speakers, the found and key cues, the found source's words, the key's source and
relay (`via`), and the sentence around the content. ``--table`` reads the lines back and sorts
each row into one cause by a coarse test over those words (``cause``), then prints the counts
and (with -v) every row, so each can be read. The causes are what round 51's brief asked to
separate: a pronoun resolved to the wrong person, a description or title not completed with the
name the article gives, a body for its spokesperson (or the reverse), a quotation with no cue
given to the last speaker, a relay outlet taken as the speaker, a group for a member (or the
reverse), a description where the key has another description; the tests are heuristics and
the rows were read by hand to check them (docs/drafting.md, « Fifty-first round: speakers51 »).

Run with ``--only 'blind4[2-9]'`` (today's keying convention, the stand-in left out).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from draft_eval import same_speaker
from keyed_findings import KeyedArticle, dump_or_table, keyed_article

from quizapp.draft.findings import Attribution

PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "on", "celui-ci", "celle-ci"}
BODY_WORDS = re.compile(
    r"\b(mairie|ville|commune|municipalit|minist[eè]re|gouvernement|pr[ée]fecture|syndicat|"
    r"association|collectif|conseil|d[ée]partement|r[ée]gion|soci[ée]t[ée]|entreprise|groupe|"
    r"direction|parquet|tribunal|police|gendarmerie|agence|service|club|parti|f[ée]d[ée]ration|"
    r"communaut[ée]|office|institut|h[ôo]pital|chu|ars|sncf|[ée]tat|union|comit[ée]|"
    r"agglom[ée]ration|m[ée]tropole|opposition|majorit[ée]|liste|[ée]quipe|intersyndicale)\b",
    re.IGNORECASE,
)
VERBOSE = False
OUTLETS = re.compile(
    r"\b(afp|reuters|le monde|le figaro|lib[ée]ration|franceinfo|france ?bleu|france ?3|bfm|"
    r"rtl|europe 1|le parisien|ouest-france|journal|quotidien|magazine|radio|t[ée]l[ée]|"
    r"l'est|la voix|le progr[eè]s|midi libre|la d[ée]p[eê]che|sud ouest|tf1|lci|m6)\b",
    re.IGNORECASE,
)


def sentence_around(text: str, start: int, end: int) -> str:
    """The text from the sentence's start before ``start`` to the end after ``end`` (cut)."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? "))
    right = [i for i in (text.find(m, end) for m in (". ", "\n")) if i != -1]
    return text[left + 1 : min(right) + 1 if right else len(text)].strip()[:400]


def wrong_speakers(keys: list[Path]) -> Iterator[tuple[Path, KeyedArticle, Attribution, dict]]:
    """Each matched French finding whose speaker does not agree with its key's: the key file,
    the article read, the finding and the key's raw row (complete52_shapes reads the same rows)."""
    for path in keys:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("language") != "fr":
            continue
        read = keyed_article(path)
        for i, j in read.pairs.items():
            found, key = read.analysis.attributions[i], raw["attributions"][j]
            if not same_speaker(found.speaker, read.article.attributions[j].speaker):
                yield path, read, found, key


def rows(keys: list[Path]) -> Iterable[dict]:
    """One row per matched French finding whose speaker is wrong."""
    for path, read, found, key in wrong_speakers(keys):
        text = read.article.text
        yield {
            "art": path.stem,
            "ann": read.annotated,
            "found": found.speaker,
            "key": key.get("speaker"),
            "source": text[slice(*found.source)] if found.source else None,
            "cue": text[slice(*found.cue)] if found.cue else None,
            "kind": found.kind,
            "key_cue": key.get("cue"),
            "key_source": key.get("source"),
            "via": key.get("via"),
            "sentence": sentence_around(text, *found.content),
            "mentioned_before": _named_before(text, found.content[0], key.get("speaker")),
        }


def _named_before(text: str, start: int, speaker: str | None) -> bool:
    """Whether a capitalised word of the key's speaker is written before the finding."""
    names = [w for w in re.findall(r"[\w'-]+", speaker or "") if w[:1].isupper() and len(w) > 2]
    return any(name in text[:start] for name in names)


def _capitalised(speaker: str) -> bool:
    """Whether a speaker holds a capitalised word past a determiner (a name or an acronym)."""
    words = re.findall(r"[\w'’-]+", speaker)
    return any(w[:1].isupper() for w in words[1:]) or bool(
        words and words[0][:1].isupper() and words[0].lower() not in {"le", "la", "les", "l"}
    )


def cause(row: dict) -> str:
    """The row's cause, by the first test that holds (coarse; the rows were read by hand)."""
    found, key = row["found"] or "", row["key"] or ""
    source = (row["source"] or "").lower().strip()
    via = row["via"] or ""
    if (via and same_speaker(found, via)) or (OUTLETS.search(found) and not OUTLETS.search(key)):
        return "relay outlet taken as speaker"
    if source in PRONOUNS or re.search(r"-t-(il|elle)|-(il|elle)s?\b", row["cue"] or ""):
        return "pronoun resolved to the wrong one"
    if not row["cue"] and not row["source"]:
        return "no cue: given to the last speaker"
    if source in {"selon lui", "selon elle"}:
        return "pronoun resolved to the wrong one"
    found_body, key_body = bool(BODY_WORDS.search(found)), bool(BODY_WORDS.search(key))
    if found_body != key_body:
        return "body vs its spokesperson (either way)"
    if not _capitalised(found) and _capitalised(key):
        return "description not completed with the name"
    if _capitalised(found) and _capitalised(key):
        return "another named one"
    if not _capitalised(key):
        return "key a description, found another"
    return "other"


LABELS = Path(__file__).with_name("speakers51_labels.json")
CAUSES = {
    "N": "no one as speaker (a headline topic, a phrase, a document: nobody51's)",
    "Q": "lone quotation (no cue read) given to another speaker",
    "T": "description or pronoun not completed with the name or fuller mention keyed",
    "P": "pronoun resolved to the wrong person or to a body",
    "D": "description resolved to the wrong named person",
    "C": "source misread: nested speech, a relative's antecedent, a passive agent",
    "K": "same referent under another wording or spelling (scoring, not the drafter)",
    "O": "key keeps the description as written, the drafter named someone",
    "I": "implicit subject of a participle or an infinitive",
    "B": "body for its spokesperson, or the reverse",
    "G": "group for a member, or the reverse",
    "X": "speaker's words cut wrong (a complement or an apposition kept)",
    "R": "relay outlet taken as speaker",
}


def hand_causes() -> dict[tuple, str]:
    """The causes read by hand for round 51's base dump (blind42-49), by the row's words."""
    if not LABELS.exists():
        return {}
    return {tuple(row[:5]): row[5] for row in json.loads(LABELS.read_text(encoding="utf-8"))}


def table(dumped: list[dict]) -> None:
    """Counts per cause read by hand (the heuristic ``cause`` for rows not read), then
    (-v) every row under its cause, so each can be read again."""
    read = hand_causes()
    by_cause: dict[str, list[dict]] = defaultdict(list)
    for row in dumped:
        words = (row["art"], row["found"], row["key"], row["source"], row["cue"])
        by_cause[CAUSES.get(read.get(words, ""), "(heuristic) " + cause(row))].append(row)
    print(f"{len(dumped)} wrong rows")
    for name, members in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        cued = sum(bool(r["key_cue"]) for r in members)
        print(f"{len(members):4}  {name}  (key with a cue: {cued})")
    if not VERBOSE:
        return
    for name, members in by_cause.items():
        print(f"\n=== {name}")
        for r in members:
            print(
                f"- {r['art']} | found «{r['found']}» src «{r['source']}» cue «{r['cue']}»"
                f" | key «{r['key']}» cue «{r['key_cue']}» src «{r['key_source']}»"
                f" via «{r['via']}»\n    {r['sentence'][:300]}"
            )


def take_flag(flag: str) -> bool:
    """Whether ``flag`` is on the command line, taken off it so dump_or_table does not see it."""
    given = flag in sys.argv
    if given:
        sys.argv.remove(flag)
    return given


if __name__ == "__main__":
    VERBOSE = take_flag("-v")
    dump_or_table(rows, table)
