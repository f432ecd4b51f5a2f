"""What the first window imports: nothing a teacher's or author's tool needs before first use.

The packaged app's start-up budget (DESIGN.md: <= 1.5x a minimal PySide6 window) has little
margin, so the editor, the drafter, the article readers and their heavy libraries, the file
imports and exports and the quiz screens must load only when first used. Importing
``quizapp.app`` in a fresh interpreter shows what the window's start pays for.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quizapp"

# The editor's doors (File > New set, Edit set) are built with the window; the editor is not.
EDITOR_DOORS = {"quizapp.ui.editor", "quizapp.ui.editor.shell_entry"}

# Starts the real window as the `quizapp` command does and lists the modules loaded at the
# moment it reports itself shown, the moment the bundle benchmark stops its clock.
SHOW_THE_WINDOW = """
import quizapp.app as app
report_shown = app._report_shown_and_quit
def list_modules_then_report(qapp):
    print("\\n".join(sorted(sys.modules)), flush=True)
    report_shown(qapp)
app._report_shown_and_quit = list_modules_then_report
app.run([])
"""

# Prefixes of modules loaded on first use only; each one is a whole package or module.
LOADED_ON_FIRST_USE = (
    "quizapp.ui.editor",
    "quizapp.ui.quiz",
    "quizapp.ui.teacher.class_results_view",
    "quizapp.ui.teacher.import_dialog",
    "quizapp.draft",
    "quizapp.interchange",
    "quizapp.sets.articles",
    "quizapp.sets.item_checks",
    "quizapp.results.export",
    "quizapp.results.handin.class_results",
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
        cwd=PACKAGE.parent, timeout=120,
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


def modules_loaded_when_shown(tmp_path: Path) -> set[str]:
    """Start the window offscreen in a fresh interpreter; the modules loaded once it shows."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QUIZAPP_EXIT_WHEN_SHOWN": "1",
        "QUIZAPP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + SHOW_THE_WINDOW], capture_output=True,
        text=True, check=True, cwd=PACKAGE.parent, env=env, timeout=120,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    return set(lines[: lines.index("quizapp: window shown")])


def test_the_shown_window_has_loaded_only_the_editors_doors(tmp_path: Path) -> None:
    loaded = modules_loaded_when_shown(tmp_path)
    assert {"quizapp.ui.shell.main_window", "quizapp.ui.editor.shell_entry"} <= loaded
    assert [name for name in first_use_modules_in(loaded) if name not in EDITOR_DOORS] == []
