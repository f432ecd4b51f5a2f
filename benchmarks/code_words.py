"""Count the word lists still written in the drafter's code rather than in its lexicons.

Words belong in ``quizapp/draft/words/lexicons/``; this finds what is left: module-level
assignments whose value holds two plain words or more, as a literal collection (a set, a
tuple, a list) or as a regex alternation (``(?:le|la|l['’])``). A rough count for people
tidying the drafter (structure17), not a test: a tuple of file names or labels counts too.

    python benchmarks/code_words.py [--root quizapp/draft]
"""

from __future__ import annotations

import argparse
import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

_WORD = re.compile(r"[^\W\d_][\w'’ -]*")
_ALTERNATION = re.compile(r"(?:\(\?:|\(|\\b|^)([a-zà-ÿœ’'\[\]]{2,}(?:\|[a-zà-ÿœ’'\[\]\\s+]+)+)")
_PLAIN = re.compile(r"[a-zà-ÿœ’'\[\]]+")
_NOT_WORDS = {"KINDS", "SOURCE_LABELS", "CLAIM_LABELS", "LANGUAGES", "__all__", "?"}


def lexicon_keys(root: Path) -> frozenset[str]:
    """The lists' names: a tuple of them in code names lists, it holds no words."""
    keys: set[str] = set()
    for path in (root / "words" / "lexicons").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        keys.update(data)
        keys.update(k for v in data.values() if isinstance(v, dict) for k in v)
    return frozenset(k for k in keys if "_" in k)


def words_in(node: ast.AST) -> list[str]:
    """The plain words a literal collection or a regex alternation under ``node`` holds."""
    found: list[str] = []
    for inner in ast.walk(node):
        if isinstance(inner, (ast.Set, ast.Tuple, ast.List)):
            items = [e.value for e in inner.elts if isinstance(e, ast.Constant)]
            words = [w for w in items if isinstance(w, str) and _WORD.fullmatch(w)]
            if len(words) >= 2 and len(words) == len(inner.elts):
                found += words
        elif isinstance(inner, ast.Constant) and isinstance(inner.value, str):
            for match in _ALTERNATION.finditer(inner.value):
                plain = [a for a in match.group(1).split("|") if _PLAIN.fullmatch(a)]
                found += plain if len(plain) >= 2 else []
    return found


def module_lists(path: Path, keys: frozenset[str]) -> Iterator[tuple[int, str, list[str]]]:
    """(line, name, words) for each module-level assignment holding words (not list names)."""
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
            name = getattr(target, "id", "?")
            words = [w for w in words_in(statement.value) if w not in keys]
            if len(words) >= 2 and name not in _NOT_WORDS:
                yield statement.lineno, name, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="quizapp/draft")
    args = parser.parse_args()
    root, count = Path(args.root), 0
    keys = lexicon_keys(root)
    for path in sorted(root.rglob("*.py")):
        for line, name, words in module_lists(path, keys):
            count += 1
            print(f"{path.relative_to(root)}:{line} {name} {' '.join(words[:8])}")
    print(f"{count} module-level word lists")


if __name__ == "__main__":
    main()
