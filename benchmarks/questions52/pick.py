"""Pick 10 English and 6 French articles keyed by blind42-50 that questions51 did not read.

questions52 reads their drafted questions as a teacher would, English first. A fixed seed makes
the pick repeatable; one article per outlet, and no outlet questions51 read, keeps one house
style from filling the sample and widens what two rounds of reading cover.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "tests" / "data" / "draft"
KEYED = re.compile(r"blind(4[2-9]|50)")


def outlet(name: str) -> str:
    """The outlet part of a corpus file name (fr-20min-stargate -> 20min)."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def read_before() -> set[str]:
    """The articles questions51 read."""
    listed = HERE.parent / "questions51" / "articles.txt"
    return set(listed.read_text(encoding="utf-8").split())


def pick(language: str, count: int, seed: int = 52) -> list[str]:
    """Names of `count` keyed articles in `language`, each from an outlet not read before."""
    before = read_before()
    names = []
    for key in sorted(CORPUS.glob(f"{language}-*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if KEYED.search(str(data.get("annotated", ""))) and key.stem not in before:
            names.append(key.stem)
    random.Random(seed).shuffle(names)
    taken = {outlet(name) for name in before}
    chosen: list[str] = []
    for name in names:
        if outlet(name) not in taken:
            chosen.append(name)
            taken.add(outlet(name))
        if len(chosen) == count:
            break
    return chosen


if __name__ == "__main__":
    for name in pick("en", 10) + pick("fr", 6):
        print(name)
