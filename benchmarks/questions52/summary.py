"""Summarise questions52's verdicts (verdicts_before.tsv, verdicts_after.tsv) per language.

As questions51's summary.py: per kind proposed, accepted as is, edited, dropped; then the
general reasons with counts, a row counted under the first general reason its own reason's
words name. This round adds the English reasons it read (capitals, an object and infinitive
after "claims that", a role with no article, reported words quoted) and splits English from
French, since it read English drafts first.
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from questions51 import summary as questions51_summary

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
    """The general reason, among this round's, a row's own reason falls under."""
    return questions51_summary.general(reason, REASONS)


def reason_order(reasons: Counter) -> list[str]:
    """The general reasons in REASONS' order (then « other »), those with any row."""
    names = [name for name, _ in REASONS] + ["other"]
    return [n for n in names if reasons[(n, "edit")] or reasons[(n, "drop")]]


def table(rows: list[list[str]]) -> str:
    """questions51's per-kind and reasons' tables of ``rows``, with this round's reasons."""
    return questions51_summary.table(rows, general, reason_order)


def summary(path: Path) -> str:
    """English, French and both, each as ``table``."""
    rows = questions51_summary.read_rows(path)
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
