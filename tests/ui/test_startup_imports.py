"""What the first window imports: nothing a teacher's or author's tool needs before first use.

The packaged app's start-up budget (DESIGN.md: <= 1.5x a minimal PySide6 window) has little
margin, so the editor, the drafter, the article readers and their heavy libraries, the file
imports and exports and the quiz screens must load only when first used. Importing
``quizapp.app`` in a fresh interpreter shows what the window's start pays for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quizapp"

# Prefixes of modules loaded on first use only; each one is a whole package or module.
LOADED_ON_FIRST_USE = (
    "quizapp.ui.editor",
    "quizapp.ui.quiz",
    "quizapp.ui.teacher.class_results_view",
    "quizapp.ui.teacher.import_dialog",
    "quizapp.draft",
    "quizapp.interchange",
    "quizapp.sets.articles",
    "quizapp.results.export",
    "quizapp.results.class_results",
    "quizapp.results.handin",
    "trafilatura",
    "docx",
    "lxml",
    "defusedxml",
    "babel",
    "dateparser",
)


def modules_loaded_by(statement: str) -> set[str]:
    """Names in ``sys.modules`` after running ``statement`` in a fresh interpreter."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=PACKAGE.parent,
    )  # fmt: skip
    return set(done.stdout.split())


def first_use_modules_in(loaded: set[str]) -> list[str]:
    """The loaded modules that belong to one of LOADED_ON_FIRST_USE."""
    return sorted(
        name
        for name in loaded
        for prefix in LOADED_ON_FIRST_USE
        if name == prefix or name.startswith(prefix + ".")
    )


def test_importing_the_app_loads_no_tool_that_waits_for_first_use() -> None:
    loaded = modules_loaded_by("import quizapp.app")
    assert "quizapp.ui.shell.main_window" in loaded  # the check sees the first window's imports
    assert first_use_modules_in(loaded) == []


def test_the_check_sees_a_module_loaded_too_early() -> None:
    loaded = modules_loaded_by("import quizapp.app\nimport quizapp.ui.editor")
    assert "quizapp.ui.editor" in first_use_modules_in(loaded)
