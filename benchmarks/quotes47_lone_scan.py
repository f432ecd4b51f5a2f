"""Round 47's shape 4 counted (quotes47): quotations standing alone in their paragraph or
sentence that the drafter leaves (no finding covers 30 % of them), sorted as keyed or not by
what is around them: how far back the last finding is (same paragraph, the paragraph before,
further), that finding's kind and label, the quotation's length and person, and whether its
key's speaker is that finding's speaker. Reads a quotes47_dump.py dump; prints one line per
quotation (tab-separated), to count with sort | uniq -c.

python benchmarks/quotes47_lone_scan.py DUMP.jsonl
"""

from __future__ import annotations

import json
import re
import sys

from draft_eval import CORPUS, same_speaker

_QUOTE = re.compile(r"«[^»\n]{3,}»|\"[^\"\n]{3,}\"|“[^”\n]{3,}”")
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|j['’]|nous|on|mon|ma|mes|notre|nos|me|m['’]|moi)")
_TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-5])")


def covered(span: list[int], quote: tuple[int, int]) -> bool:
    shared = max(0, min(span[1], quote[1]) - max(span[0], quote[0]))
    return shared >= 0.3 * (quote[1] - quote[0])


def alone(text: str, start: int, end: int) -> str | None:
    """ "para" when the quotation is its paragraph, "sentence" when it is its sentence."""
    before = text[text.rfind("\n", 0, start) + 1 : start].strip()
    after_end = text.find("\n", end)
    after = text[end : after_end if after_end >= 0 else len(text)].strip()
    inside_ends = re.search(r"[.!?…]\s*$", text[start + 1 : end - 1]) is not None
    if not before and after in {"", ".", "!", "?", "…"}:
        return "para"
    opens = not before or re.search(r"[.!?…»”\"]$", before) is not None
    closes = re.match(r"^(?:$|[.!?…]|[A-ZÀ-Ý«“\"])", after) is not None
    if opens and closes and (inside_ends or after[:1] in {".", "!", "?", "…"}):
        return "sentence"
    return None


def rows(row: dict, text: str) -> list[str]:
    out = []
    subset = (
        "stand-in"
        if "blind46" in row["annotated"]
        else "tuning"
        if _TUNING.search(row["annotated"])
        else "older"
    )
    for found in _QUOTE.finditer(text):
        quote = (found.start() + 1, found.end() - 1)
        where = alone(text, found.start(), found.end())
        if where is None or any(covered(f[0], quote) for f in row["found"]):
            continue
        keys = [k for k in row["keys"] if covered(k[0], quote)]
        last = max(
            (f for f in row["found"] if f[0][1] <= quote[0]), key=lambda f: f[0][1], default=None
        )
        gap = "none" if last is None else str(min(text.count("\n\n", last[0][1], quote[0]), 2))
        words = len(found.group().split())
        length = "1-3" if words < 4 else "4-9" if words < 10 else "10+"
        person = "first" if _FIRST_PERSON.search(found.group()) else "other"
        kind = "-" if last is None else f"{last[2]}/{last[3]}"
        same = "-" if not keys or last is None else str(same_speaker(last[1], keys[0][1]))
        keyed = "keyed" if keys else "unkeyed"
        out.append("\t".join([subset, keyed, where, gap, kind, length, person, same, row["name"]]))
    return out


def main(path: str) -> None:
    with open(path, encoding="utf-8") as source:
        for row in map(json.loads, source):
            text = (CORPUS / f"{row['name']}.txt").read_text(encoding="utf-8")
            for line in rows(row, text):
                print(line)


if __name__ == "__main__":
    main(sys.argv[1])
