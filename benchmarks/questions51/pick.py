"""Pick 12 French and 4 English articles keyed by blind42-49, one per outlet, with a fixed seed.

questions51 reads their drafted questions as a teacher would; a fixed seed makes the pick
repeatable, and one article per outlet keeps one outlet's house style from filling the sample.
"""

import json
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "draft"
KEYED = re.compile(r"blind4[2-9]")


def outlet(name: str) -> str:
    """The outlet part of a corpus file name (fr-20min-stargate -> 20min)."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def pick(language: str, count: int, seed: int = 51) -> list[str]:
    """Names of `count` keyed articles in `language`, each from a different outlet."""
    names = []
    for key in sorted(CORPUS.glob(f"{language}-*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if KEYED.search(str(data.get("annotated", ""))):
            names.append(key.stem)
    random.Random(seed).shuffle(names)
    chosen: list[str] = []
    for name in names:
        if outlet(name) not in {outlet(n) for n in chosen}:
            chosen.append(name)
        if len(chosen) == count:
            break
    return chosen


if __name__ == "__main__":
    for name in pick("fr", 12) + pick("en", 4):
        print(name)
