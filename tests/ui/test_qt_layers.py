"""DESIGN.md's import rules for Qt: only quizapp/ui and app.py touch PySide6 or the widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import quizapp

PACKAGE = Path(quizapp.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_and_app_import_qt_or_the_widgets() -> None:
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        checked += 1
        bad = {n for n in _imports(path) if n.startswith(("PySide6", "quizapp.ui"))}
        assert not bad, f"{relative} imports {bad}"
    assert checked > 10


def test_the_widgets_never_import_the_app() -> None:
    for path in (PACKAGE / "ui").glob("*.py"):
        assert "quizapp.app" not in _imports(path), path.name
