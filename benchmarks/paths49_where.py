"""Where the keyed speaker stands for the wrong rows of one reading (paths49, not part of the
app): the key's last capitalised word of three letters or more (else the whole speaker) searched
in the quotation's paragraph before it, after it, the 600 characters before the paragraph, the
article before or after; the stand-in (blind48) left out.

python benchmarks/paths49_where.py OUT.jsonl READING [EXAMPLES]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from draft_eval import CORPUS


def place(text: str, content: tuple[int, int], key: str) -> str:
    """Where ``key``'s speaker is written, relative to the finding's ``content``."""
    start, end = content
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    names = [w for w in re.findall(r"\w[\w'-]+", key) if w[:1].isupper() and len(w) > 2]
    probe = re.compile(re.escape(names[-1] if names else key), re.IGNORECASE)
    places = (
        ("in its paragraph before", para_start, start),
        ("in its paragraph after", end, para_end),
        ("in the 600 characters before its paragraph", max(0, para_start - 600), para_start),
        ("earlier in the article", 0, start),
        ("later in the article", end, len(text)),
    )
    if not key:
        return "no speaker keyed"
    found = (name for name, a, b in places if probe.search(text, a, b))
    return next(found, "not written as keyed")


def main() -> None:
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    reading, shown = sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0
    counts: Counter[str] = Counter()
    for row in rows:
        if row["reading"] != reading or row["batch"] == "blind48" or row["right"]:
            continue
        text = (CORPUS / f"{row['article']}.txt").read_text(encoding="utf-8")
        where = place(text, tuple(row["content"]), row["key"])
        counts[where] += 1
        if counts[where] <= shown:
            print(f"  {where}: {row['batch']} {row['found'][:40]!r} / key {row['key'][:40]!r}")
    for where, count in counts.most_common():
        print(count, where)


if __name__ == "__main__":
    main()
