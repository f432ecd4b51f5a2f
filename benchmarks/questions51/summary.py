"""Summarise a teacher's verdicts on drafted questions (questions51's verdicts_*.tsv).

Each row of a verdicts file is one drafted question: article, question id, kind, verdict
(accept / edit / drop) and the reason read. The summary counts verdicts per kind and sorts
the reasons into general ones by their words, so that before and after read alike.
"""

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

KINDS = ("classify", "who", "match", "locate", "truefalse")
# the first general reason whose words a row's reason holds names it
REASONS = (
    ("duplicate of another question", ("duplicate",)),
    ("same speaker under two forms", ("two forms", "under another form")),
    ("speaker or option that is no one", ("no one", "is a thing")),
    ("wrong speaker or wrong answer", ("wrong speaker", "wrong answer", "given to")),
    ("piece of a sentence / not checkable", ("cut mid-sentence", "fragment", "not checkable")),
    ("unclear wording", ("unclear", "no clause", "capital mid-sentence")),
    ("explanation names a wrong cue or none", ("wrong cue", "names no cue", "explanation")),
    ("wrong label (fact / author / kind)", ("told", "relabel", "label")),
)


def general(reason: str, reasons: tuple[tuple[str, tuple[str, ...]], ...] = REASONS) -> str:
    """The general reason a row's own reason falls under (questions52 passes its own)."""
    for name, words in reasons:
        if any(word in reason for word in words):
            return name
    return "other"


def table(
    rows: list[list[str]],
    general: Callable[[str], str] = general,
    order: Callable[[Counter], Iterable[str]] | None = None,
) -> str:
    """Per kind: proposed, accepted as is, edited, dropped; then reasons with counts.

    ``general`` names a row's general reason; ``order`` lists the reasons' rows (by default
    each reason as first met). questions52's summary passes its own of both.
    """
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
    names = order(reasons) if order else dict.fromkeys(name for name, _ in reasons)
    for name in names:
        lines.append(f"| {name} | {reasons[(name, 'edit')]} | {reasons[(name, 'drop')]} |")
    return "\n".join(lines)


def read_rows(path: Path) -> list[list[str]]:
    """A verdicts file's rows (its header left out), each split on tabs."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def summary(path: Path) -> str:
    """The verdicts file's ``table``."""
    return table(read_rows(path))


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"## {Path(arg).name}\n\n{summary(Path(arg))}\n")
