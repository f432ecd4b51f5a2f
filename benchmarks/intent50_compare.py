"""intent50: compare two dumps of benchmarks/intent50_dump.py (main, then the branch): findings
added, those matching a key no finding matched before (keyed), keys lost, speakers fixed and
broken, by the added finding's cue verb and by batch (whole corpus, tuning set blind27-48, its
blind42-48 part, the stand-in blind49: its figures only).

python benchmarks/intent50_compare.py MAIN.json BRANCH.json [--rows]
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from verbs51_compare import article_tally

SETS = {
    "whole": r"",
    "tuning": r"blind(2[7-9]|3[0-9]|4[0-8])",
    "blind42-48": r"blind4[2-8]",
    "blind27-41": r"blind(2[7-9]|3[0-9]|4[01])",
    "stand-in": r"blind49",
}
main, branch = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
rows = "--rows" in sys.argv
tally: dict[tuple[str, str], Counter] = {}
for name, m in main.items():
    count, added = article_tally(m, branch[name])
    for label, pattern in SETS.items():
        if not re.search(pattern, name + " " + m["ann"]):
            continue
        for keyed, f in added:
            c = tally.setdefault((label, f[2].lower()), Counter())
            c["added"] += 1
            c["keyed"] += keyed
            if rows and label == "whole":
                print("+" if keyed else "-", name, m["ann"][:12], f[1], "|", f[2], "|", f[3])
        tally.setdefault((label, "ALL"), Counter()).update(count)
for (label, verb), c in sorted(tally.items()):
    print(f"{label:11} {verb:14} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
