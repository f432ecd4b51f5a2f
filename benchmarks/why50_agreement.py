"""why50: one annotator's judgement of the 80 sampled intents (benchmarks/why50/judged.tsv,
written before the verdicts were read) against the keys' verdicts (verdicts.jsonl): agreement,
and per reason the rows, how many the keys hold and how many the judge keyed; then the same by
the batch that keyed the article (blind27-41 against blind42-48).

python benchmarks/why50_agreement.py
"""

import collections
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent / "why50"
DATA = HERE.parent.parent / "tests/data/draft"
SPEECH = {"CAMPAIGN", "S_SAME", "S_PREV", "VERB"}


def main():
    verdicts = {}
    for line in (HERE / "verdicts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        verdicts[row["id"]] = row["keyed"]
    sample = {}
    for line in (HERE / "sample.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        ann = json.loads((DATA / f"{row['article']}.json").read_text(encoding="utf-8"))
        batch = int(re.search(r"blind(\d+)", ann.get("annotated", "")).group(1))
        sample[row["id"]] = "blind42-48" if batch >= 42 else "blind27-41"
    tab = collections.defaultdict(collections.Counter)
    for line in (HERE / "judged.tsv").read_text(encoding="utf-8").splitlines():
        rid, mine, reason, _ = line.split("\t")
        rid, mine, keyed = int(rid), mine == "Y", verdicts[int(line.split("\t")[0])]
        group = "speech beside" if reason in SPEECH else "other"
        for g in ("ALL", reason, group, sample[rid], f"{group} {sample[rid]}"):
            tab[g]["rows"] += 1
            tab[g]["keyed"] += keyed
            tab[g]["judged"] += mine
            tab[g]["agree"] += mine == keyed
            tab[g]["both"] += mine and keyed
    print("| reason | rows | keyed | judged keyed | agree | both |")
    for g, c in sorted(tab.items(), key=lambda x: -x[1]["rows"]):
        print(f"| {g} | {c['rows']} | {c['keyed']} | {c['judged']} | {c['agree']} | {c['both']} |")


if __name__ == "__main__":
    main()
