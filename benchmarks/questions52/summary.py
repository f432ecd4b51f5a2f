"""Summarise questions52's verdicts (verdicts_before.tsv, verdicts_after.tsv) per language.

As questions51's summary.py: per kind proposed, accepted as is, edited, dropped; then the
general reasons with counts, a row counted under the first general reason its own reason's
words name. This round adds the English reasons it read (capitals, an object and infinitive
after "claims that", a role with no article, reported words quoted) and splits English from
French, since it read English drafts first.
"""

import sys
from collections import Counter, defaultdict
from pathlib import Path

KINDS = ("classify", "who", "match", "locate", "truefalse")
REASONS = (
    ("same speaker under two forms", ("two forms",)),
    ("speaker or option that is no one", ("no one",)),
    ("wrong speaker or wrong answer", ("wrong speaker", "wrong answer")),
    ("wrong label (named / anonymous / fact / author)", ("wrong label",)),
    ("piece of a sentence / not checkable", ("piece of a sentence", "not checkable")),
    ("explanation or answer names a cue cut wrong", ("wrong cue",)),
    ("English: capitals (a lede's, after « claims that »)", ("capital",)),
    ("English: object and infinitive after « claims that »", ("infinitive",)),
    ("English: a role with no article", ("no article",)),
    ("reported words quoted as a quotation", ("quoted as a quotation",)),
)


def general(reason: str) -> str:
    """The general reason a row's own reason falls under."""
    for name, words in REASONS:
        if any(word in reason for word in words):
            return name
    return "other"


def table(rows: list[list[str]]) -> str:
    """The per-kind table and the reasons' table of ``rows``."""
    counts: dict[str, Counter] = defaultdict(Counter)
    reasons: Counter = Counter()
    for _, _, kind, verdict, reason in rows:
        counts[kind][verdict] += 1
        counts["all"][verdict] += 1
        if verdict != "accept":
            reasons[(general(reason), verdict)] += 1
    lines = ["| kind | proposed | accepted as is | edited | dropped |", "|---|---|---|---|---|"]
    for kind in (*KINDS, "all"):
        c = counts[kind]
        lines.append(f"| {kind} | {sum(c.values())} | {c['accept']} | {c['edit']} | {c['drop']} |")
    lines += ["", "| reason | edited | dropped |", "|---|---|---|"]
    for name in [n for n, _ in REASONS] + ["other"]:
        if reasons[(name, "edit")] or reasons[(name, "drop")]:
            lines.append(f"| {name} | {reasons[(name, 'edit')]} | {reasons[(name, 'drop')]} |")
    return "\n".join(lines)


def summary(path: Path) -> str:
    """English, French and both, each as ``table``."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    french = {"cosne", "gisors", "hogue", "aubenas", "fecamp", "uzes"}
    parts = []
    for name, keep in (("English", False), ("French", True)):
        picked = [r for r in rows if (r[0].split("-")[0] in french) == keep]
        parts.append(f"### {name} ({len(picked)} questions)\n\n{table(picked)}")
    parts.append(f"### Both ({len(rows)} questions)\n\n{table(rows)}")
    return "\n\n".join(parts)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"## {Path(arg).name}\n\n{summary(Path(arg))}\n")
