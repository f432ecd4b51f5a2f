"""Pick 12 French and 4 English articles keyed by blind42-49, one per outlet, with a fixed seed.

questions51 reads their drafted questions as a teacher would; a fixed seed makes the pick
repeatable, and one article per outlet keeps one outlet's house style from filling the sample.
"""

import json
import random
import re
from collections.abc import Collection
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "draft"
KEYED = re.compile(r"blind4[2-9]")


def outlet(name: str) -> str:
    """The outlet part of a corpus file name (fr-20min-stargate -> 20min)."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def keyed_names(language: str, keyed: re.Pattern = KEYED, skip: Collection[str] = ()) -> list[str]:
    """Names of the articles in `language` whose key's annotators match `keyed`, but `skip`."""
    names = []
    for key in sorted(CORPUS.glob(f"{language}-*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if keyed.search(str(data.get("annotated", ""))) and key.stem not in skip:
            names.append(key.stem)
    return names


def one_per_outlet(
    names: list[str], count: int, seed: int, taken: Collection[str] = ()
) -> list[str]:
    """`count` of `names` shuffled by `seed`, each from an outlet not in `taken` nor chosen."""
    names = list(names)
    random.Random(seed).shuffle(names)
    outlets = set(taken)
    chosen: list[str] = []
    for name in names:
        if outlet(name) not in outlets:
            chosen.append(name)
            outlets.add(outlet(name))
        if len(chosen) == count:
            break
    return chosen


def pick(language: str, count: int, seed: int = 51) -> list[str]:
    """Names of `count` keyed articles in `language`, each from a different outlet."""
    return one_per_outlet(keyed_names(language), count, seed)


if __name__ == "__main__":
    for name in pick("fr", 12) + pick("en", 4):
        print(name)
