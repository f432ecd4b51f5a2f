"""The results store sits below the UI: no Qt, no engine, no UI import (DESIGN.md's layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import quizapp.store

STORE_DIR = Path(quizapp.store.__file__).parent
RESULTS_MODULES = (
    "datadir", "home_stats", "leitner", "migrations", "results_db", "results_export",
    "results_file", "results_format", "results_records", "results_rows", "results_write",
    "stats", "stats_records",
)  # fmt: skip


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_results_modules_import_neither_qt_nor_engine_nor_ui() -> None:
    for module in RESULTS_MODULES:
        names = _imports(STORE_DIR / f"{module}.py")
        forbidden = {n for n in names if n.startswith(("PySide6", "quizapp.engine", "quizapp.ui"))}
        assert not forbidden, f"{module} imports {forbidden}"


def test_importing_the_results_store_loads_no_qt() -> None:
    code = (
        "import sys, quizapp.store.results_export, quizapp.store.datadir;"
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
