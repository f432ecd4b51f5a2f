"""DESIGN.md's import rule for the engine: it builds on quizapp.model alone and never on Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import quizapp.engine

ENGINE_DIR = Path(quizapp.engine.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_engine_imports_only_the_model_and_itself() -> None:
    files = sorted(ENGINE_DIR.glob("*.py"))
    assert len(files) >= 5
    for path in files:
        ours = {name for name in _imported_modules(path) if name.split(".")[0] == "quizapp"}
        outside = {n for n in ours if not n.startswith(("quizapp.model", "quizapp.engine"))}
        assert not outside, f"{path.name} imports {outside}"
        assert not any(n.startswith("PySide6") for n in _imported_modules(path)), path.name
