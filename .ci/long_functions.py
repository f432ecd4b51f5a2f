"""List the functions of quizapp/ longer than a limit, longest first.

The project asks for functions of about 10-20 lines (docs/architecture.md); this prints the
ones over the limit (25 lines by default, counted from ``def`` to the last line, docstring
included) so that a clean-up pass starts from a list rather than from memory (tidy52).

    python .ci/long_functions.py [--limit 25] [--root .]
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator
from pathlib import Path


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, int, int]]:
    """(qualified name, first line, length) of every function in ``tree``, nested ones and
    methods too (``Class.method``): a long method is as long as a long function."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (child.end_lineno or child.lineno) - child.lineno + 1
            yield prefix + child.name, child.lineno, length
            yield from functions(child, f"{prefix}{child.name}.")
        elif isinstance(child, ast.ClassDef):
            yield from functions(child, f"{prefix}{child.name}.")


def long_functions(root: Path, limit: int) -> list[tuple[int, str, str]]:
    """(length, path:line, name) of quizapp/'s functions over ``limit`` lines, longest first."""
    rows = []
    for path in sorted((root / "quizapp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        place = path.relative_to(root).as_posix()
        rows += [(n, f"{place}:{line}", name) for name, line, n in functions(tree) if n > limit]
    return sorted(rows, key=lambda row: (-row[0], row[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--limit", type=int, default=25, help="longest length allowed")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    rows = long_functions(args.root, args.limit)
    for length, place, name in rows:
        print(f"{length:4d} {place} {name}")
    print(f"{len(rows)} functions over {args.limit} lines")


if __name__ == "__main__":
    main()
