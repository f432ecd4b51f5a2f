"""DESIGN.md's layers, checked on every module: who may import whom, and where Qt may be.

model <- engine <- ui; model <- store <- ui; nothing imports ui but app.py; only quizapp/ui and
app.py import PySide6. The command line must not load Qt either, not even indirectly.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import quizapp

PACKAGE = Path(quizapp.__file__).parent
# what each layer may import of the package besides itself
ALLOWED = {
    "model": ("quizapp.model",),
    "engine": ("quizapp.model", "quizapp.engine"),
    "store": ("quizapp.model", "quizapp.store"),
    "ui": ("quizapp.model", "quizapp.engine", "quizapp.store", "quizapp.ui", "quizapp"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    files = sorted((PACKAGE / layer).glob("*.py"))
    assert len(files) >= 4
    for path in files:
        ours = {name for name in _imports(path) if name.split(".")[0] == "quizapp"}
        outside = {n for n in ours if n != "quizapp" and not n.startswith(ALLOWED[layer])}
        assert not outside, f"{layer}/{path.name} imports {outside}"
        if layer == "ui":
            assert "quizapp.app" not in ours, path.name


def test_only_ui_and_app_import_qt() -> None:
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        checked += 1
        bad = {n for n in _imports(path) if n.startswith(("PySide6", "shiboken6", "quizapp.ui"))}
        assert not bad, f"{relative} imports {bad}"
    assert checked > 20


@pytest.mark.parametrize("command", [["schema"], ["validate", "questions"], ["export", "--help"]])
def test_file_commands_never_load_qt(command: list[str]) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from quizapp.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({command!r})\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=PACKAGE.parent,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "[]"
