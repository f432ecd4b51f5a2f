"""The shapes of the place a name stands in the quotation's paragraph before it (candidates49,
not part of the app), and how often the latest name in each shape is the keyed speaker.

Reads paths49_probe.py's rows (OUT.jsonl). For every matched French finding outside the
stand-in (blind48 is counted by the caller, never read here), the paragraph before the finding's
content is cut into capitalised runs (a name or a body's name); each run gets the shape of the
words just before it in its sentence: « C'est le cas de », a relative clause, a complement of
a noun (« de », « du »…), a preposition, the object of a verb of meeting or asking, an
apposition between commas, a sentence's subject, other. For each shape the latest run in it is
that shape's candidate; a candidate is useful only when it is rarely wrong, so each shape is
counted on the weak readings' wrong rows (fixed if it were taken), on their right rows (broken)
and on all rows (how often it is the speaker when it is there).

python benchmarks/candidates49_shapes.py OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from draft_eval import CORPUS, same_speaker

WEAK = {
    "resolved_drafts.resolved:_described_source>_description=_own_description": "own_description",
    "alone._given_on:last_finding": "last_finding",
}
UPPER = "A-ZÉÈÀÂÎÔÛÇ"
RUN = re.compile(rf"[{UPPER}][\w'’-]+(?:\s+(?:(?:de|du|des|la|le|d['’])\s*)?[{UPPER}][\w'’-]+)*")
LEADS = frozenset(
    re.findall(
        r"\S+",
        "le la les l un une des de du d ce cet cette ces il elle ils elles on nous je mais et "
        "pour par selon avec dans en au aux à a sur chez après avant depuis lors quand si or "
        "c est cela ça mon ma mes son sa ses leur leurs notre nos votre vos tout tous toute "
        "toutes dès pourtant ainsi alors aussi même encore enfin puis donc car comme ni",
    )
)
SHAPES = (
    ("cas_de", re.compile(r"\bcas (?:de|d['’]|du|des)\s*$", re.I)),
    (
        "verb_object",
        re.compile(
            r"\b(?:rencontr|interrog|questionn|sollicit|contact|joint|jointe|demand\w* à|"
            r"rejoint|intervie)\w*\s+(?:par\s+\w+\s+)?(?:à\s+)?(?:l['’]|le |la |les )?$",
            re.I,
        ),
    ),
    ("relative", re.compile(r"\b(?:qui|que|qu['’]|dont|où|lequel|laquelle)\b[^,;:.«»]*$", re.I)),
    ("noun_complement", re.compile(r"\b\w{3,}\s+(?:de|du|des|d['’])\s*(?:l['’]|la |le )?$", re.I)),
    (
        "preposition",
        re.compile(
            r"\b(?:à|au|aux|avec|pour|par|chez|selon|auprès d[eu]s?|contre|envers|entre|sur)\s+"
            r"(?:l['’]|la |le |les )?$",
            re.I,
        ),
    ),
)


def runs(paragraph: str) -> list[tuple[str, str]]:
    """Each capitalised run of ``paragraph`` with its shape, in order."""
    found = []
    for match in RUN.finditer(paragraph):
        words = re.split(r"[\s'’]+", match.group())
        while words and words[0].lower() in LEADS:
            words = words[1:]
        if not words or len(match.group()) < 3:
            continue
        name = " ".join(words)
        found.append((name, shape(paragraph, match.start(), match.end())))
    return found


def shape(paragraph: str, start: int, end: int) -> str:
    """The shape of the place [start, end) stands in, read from its sentence before it."""
    sentence_start = max(paragraph.rfind(s, 0, start) for s in (". ", "? ", "! ", "\n"))
    before = paragraph[sentence_start + 1 : start].lstrip(" .")
    for name, pattern in SHAPES:
        if pattern.search(before):
            return name
    if before.rstrip().endswith(",") and paragraph[end : end + 2].startswith((",", " (")):
        return "apposition"
    words = [w.lower() for w in re.findall(r"[\w]+", before)]
    return "subject" if all(w in LEADS for w in words) else "other"


def paragraph_before(text: str, content: tuple[int, int]) -> str:
    start = content[0]
    return text[text.rfind("\n", 0, start) + 1 : start]


def counted(rows: list[dict]) -> tuple[dict, dict]:
    """Per (reading group, shape): rows, keyed, fixed and broken by part; the batch rounds
    of the fixed rows."""
    texts: dict[str, str] = {}
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rounds: dict[tuple[str, str], set] = defaultdict(set)
    for row in rows:
        if row["batch"] == "blind48":
            continue
        name = row["article"]
        if name not in texts:
            texts[name] = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        latest: dict[str, str] = {}
        for run, where in runs(paragraph_before(texts[name], tuple(row["content"]))):
            latest[where] = latest["any"] = run
        for where, run in latest.items():
            _count(row, where, run, table, rounds)
    return table, rounds


def _count(row: dict, where: str, run: str, table: dict, rounds: dict) -> None:
    """One row's candidate in one shape, counted for all rows and for its reading's group."""
    tuned = re.fullmatch(r"blind(2[7-9]|3[0-9]|4[0-7])", row["batch"])
    part = "tuning" if tuned else "rest"
    good = same_speaker(run, row["key"])
    for group in ("all", WEAK.get(row["reading"], "other_readings")):
        table[(group, where)][f"{part} rows"] += 1
        table[(group, where)][f"{part} keyed"] += good
        if group != "all" and good and not row["right"]:
            table[(group, where)][f"{part} fixed"] += 1
            rounds[(group, where)].add(row["batch"])
        if group != "all" and row["right"] and not good and not same_speaker(run, row["found"]):
            table[(group, where)][f"{part} broken"] += 1


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text("utf-8").splitlines()]
    table, rounds = counted(rows)
    for (group, where), c in sorted(table.items()):
        line = f"{group:16} {where:16}"
        for part in ("tuning", "rest"):
            line += f" | {part} {c[part + ' keyed']}/{c[part + ' rows']}"
            if group != "all":
                line += f" fixed {c[part + ' fixed']} broken {c[part + ' broken']}"
        if group != "all":
            line += f" | rounds {len(rounds[(group, where)] - {'other'})}"
        print(line)


if __name__ == "__main__":
    main()
