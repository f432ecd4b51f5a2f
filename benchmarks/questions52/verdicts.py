"""Write questions52's verdicts tables from verdicts_src.txt, checked against the drafts.

Each row of verdicts_src.txt is one drafted question read against its article: short article
name, question id, verdict (accept / edit / drop), reason; an "after:" line under a row gives
its verdict on the branch when the fixes changed the question. The question's kind is read
from the draft, and every drafted question must have a row, so no question goes unread.
Usage: verdicts.py BEFORE_DIR AFTER_DIR (the drafts of articles.txt at the start and after).
"""

import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
HEADER = "article\tquestion\tkind\tverdict\treason\n"


def kind(question: dict) -> str:
    """The kind as the summary counts it (a cue locate is a locate)."""
    return {"single_choice": "who", "true_false": "truefalse"}.get(
        question["type"], question["type"]
    )


def drafted(folder: Path) -> dict[tuple[str, str], str]:
    """(article's short name, question id) -> kind, for every draft of articles.txt."""
    names = (HERE / "articles.txt").read_text(encoding="utf-8").split()
    found = {}
    for number, name in enumerate(names):
        data = YAML(typ="safe").load((folder / f"{name}.quiz.yaml").read_text(encoding="utf-8"))
        for question in data["questions"]:
            found[(number, question["id"].removeprefix("draft-"))] = kind(question)
    return found


def rows() -> tuple[list[list[str]], list[list[str]]]:
    """The rows before and after, in the source's order."""
    before, after = [], []
    for line in (HERE / "verdicts_src.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("after: "):
            after[-1][2:4] = line.removeprefix("after: ").split("|", 1)
            continue
        parts = line.split("|", 3)
        before.append(parts)
        after.append(list(parts))
    return before, after


def write(name: str, table: list[list[str]], kinds: dict, order: list[str]) -> None:
    """One verdicts table, each row with its kind; every drafted question read once."""
    keyed = {(order.index(r[0]), r[1]): r for r in table}
    missing, extra = set(kinds) - set(keyed), set(keyed) - set(kinds)
    assert not missing and not extra, (name, sorted(missing), sorted(extra))
    lines = [f"{r[0]}\t{r[1]}\t{kinds[k]}\t{r[2]}\t{r[3]}\n" for k, r in keyed.items()]
    (HERE / name).write_text(HEADER + "".join(lines), encoding="utf-8")


if __name__ == "__main__":
    before, after = rows()
    order = list(dict.fromkeys(r[0] for r in before))
    write("verdicts_before.tsv", before, drafted(Path(sys.argv[1])), order)
    write("verdicts_after.tsv", after, drafted(Path(sys.argv[2])), order)
