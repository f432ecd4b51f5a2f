"""lone52_rows.py PROBE.jsonl [--only REGEX] [-v]: wrong speakers on quotations, by what the key
gives (round 52, lone52; not part of the app).

Reads a dump of ``paths49_probe.py`` (one line per matched French finding, with the reading that
gave its speaker) and keeps the rows whose speaker is wrong and whose content is a quotation
(an opening mark right before it, or its first word). For each, the key's own cue and source are
placed against the quotation: a cue inside the marks (an incise), a cue after the closing mark
in the same paragraph (« …», sourit le promeneur », « pour X »: the cue beside the marks the
drafter did not read), a cue before it, or no cue; with no cue, where the key's speaker is
written (its last capitalised word: in the sentence before, after the quotation in its
paragraph, elsewhere). Also whether the quotation's lead (the 200 characters before it in its
paragraph and the paragraph before) names a text (lexicon ``standing_text_nouns``): a letter's,
a petition's, a banner's words. Rows of the stand-in (blind51) are counted, never printed.

The table is the counts by reading family (a cue's source, a lone quotation given to the last
speaker or a fresh subject, another cueless rule) and the key's side; -v prints each row.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from draft_eval import CORPUS, locate

from quizapp.draft.words.lexicon import alternation, load

STAND_IN = "blind51"
OPENERS = '«“"'
_NOUNS = alternation(load("fr").words("standing_text_nouns"))
_TEXT_NOUNS = re.compile(rf"(?i)(?<![\w-])(?:{_NOUNS})[sx]?(?![\w-])")


def family(reading: str) -> str:
    """The reading's family: which rule gave the speaker."""
    builder = reading.split(" then ")[0]
    if builder.startswith("resolved_drafts.resolved") or builder.startswith("cue"):
        return "cue's source"
    if builder.startswith("alone._given_on:last_finding"):
        return "lone: last finding's speaker"
    if builder.startswith("alone._given_on"):
        return "lone: fresh subject"
    return "cueless: " + builder.split(":")[0]


def quoted(text: str, start: int) -> bool:
    """Whether the content at ``start`` opens on, or just after, a quotation mark."""
    return any(mark in text[max(0, start - 3) : start + 1] for mark in OPENERS)


def key_item(raw: dict, text: str, content: list[int]) -> dict | None:
    """The key's attribution whose content is at ``content``."""
    for item in raw["attributions"]:
        if list(locate(text, item["content"], "")) == list(content):
            return item
    return None


def key_side(text: str, item: dict, content: list[int]) -> str:
    """Where the key puts the cue (or, with none, the speaker) against the quotation."""
    start, end = content
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    if item.get("cue"):
        cue = locate(text, item["cue"], "")
        word = text[cue[0] : cue[1]].split()[0].lower() if text[cue[0] : cue[1]].split() else ""
        if start <= cue[0] < end:
            return "cue inside the marks (incise)"
        if end <= cue[0] <= para_end:
            return "cue after: « pour X »" if word == "pour" else "cue after the quotation"
        return "cue before the quotation"
    names = [w for w in re.findall(r"\w[\w'-]+", item["speaker"] or "") if w[:1].isupper()]
    probe = names[-1] if names else (item["speaker"] or "\0")
    para_start = text.rfind("\n", 0, start) + 1
    before = text.rfind("\n", 0, max(0, para_start - 1)) + 1
    if probe in text[end:para_end]:
        return "no cue: named after it in its paragraph"
    if probe in text[before:start]:
        return "no cue: named before (its paragraph or the one before)"
    return "no cue: named further away"


def rows(dump: Path, only: str | None) -> list[dict]:
    """The wrong quotation rows with the key's side and the text flag."""
    out = []
    for line in dump.open(encoding="utf-8"):
        row = json.loads(line)
        if row["right"] or (only and not re.search(only, row["batch"])):
            continue
        path = CORPUS / f"{row['article']}.json"
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        if not quoted(text, row["content"][0]):
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        item = key_item(raw, text, row["key_content"])
        para_start = text.rfind("\n", 0, row["content"][0]) + 1
        lead = text[max(0, para_start - 200) : row["content"][0]]
        row |= {
            "family": family(row["reading"]),
            "side": key_side(text, item, row["key_content"]) if item else "?",
            "key_cue": item.get("cue") if item else None,
            "text_lead": bool(_TEXT_NOUNS.search(lead)),
            "around": text[max(para_start, row["content"][0] - 160) : row["content"][1] + 80],
        }
        out.append(row)
    return out


def table(found: list[dict], verbose: bool) -> None:
    """Counts by family and key side; every row outside the stand-in with -v."""
    print(f"{len(found)} wrong quotation rows")
    for (fam, side), n in sorted(Counter((r["family"], r["side"]) for r in found).items()):
        print(f"{n:4}  {fam:38} {side}")
    print("lead names a text:", sum(r["text_lead"] for r in found))
    for r in found if verbose else []:
        if r["batch"] == STAND_IN:
            continue
        print(
            f"- {r['article']} [{r['family']} | {r['side']}{' | TEXT' if r['text_lead'] else ''}]"
            f" found «{r['found']}» key «{r['key']}» cue {r['key_cue']}\n"
            f"    {r['around'].replace(chr(10), ' / ')[:400]}"
        )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    only = args[args.index("--only") + 1] if "--only" in args else None
    table(rows(Path(args[0]), only), "-v" in sys.argv)
