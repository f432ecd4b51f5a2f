"""Pick 10 English and 6 French articles keyed by blind42-50 that questions51 did not read.

questions52 reads their drafted questions as a teacher would, English first. A fixed seed makes
the pick repeatable; one article per outlet, and no outlet questions51 read, keeps one house
style from filling the sample and widens what two rounds of reading cover.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from questions51.pick import keyed_names, one_per_outlet, outlet

HERE = Path(__file__).resolve().parent
KEYED = re.compile(r"blind(4[2-9]|50)")


def read_before() -> set[str]:
    """The articles questions51 read."""
    listed = HERE.parent / "questions51" / "articles.txt"
    return set(listed.read_text(encoding="utf-8").split())


def pick(language: str, count: int, seed: int = 52) -> list[str]:
    """Names of `count` keyed articles in `language`, each from an outlet not read before."""
    before = read_before()
    names = keyed_names(language, KEYED, before)
    return one_per_outlet(names, count, seed, {outlet(name) for name in before})


if __name__ == "__main__":
    for name in pick("en", 10) + pick("fr", 6):
        print(name)
