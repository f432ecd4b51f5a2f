"""Where the built-in question sets are, whether run from a checkout, a wheel or a bundle.

A wheel carries them as ``quizapp/questions`` (see pyproject's force-include), a source checkout
keeps them in the top-level ``questions/`` folder, and the PyInstaller bundle unpacks them under
its own ``quizapp/questions``. The first folder that exists wins.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
SET_SUFFIXES = (".quiz.yaml", ".quiz.yml", ".quiz.json")


def _candidate_dirs(name: str) -> list[Path]:
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.insert(0, Path(bundle_root) / "quizapp" / name)
    return candidates


def resource_dir(name: str) -> Path | None:
    """The folder of a shipped resource kind (``questions`` or ``assets``), if found."""
    return next((path for path in _candidate_dirs(name) if path.is_dir()), None)


def builtin_set_paths() -> list[Path]:
    """Every built-in question set file, sorted by name."""
    folder = resource_dir("questions")
    if folder is None:
        return []
    return sorted(path for path in folder.iterdir() if path.name.endswith(SET_SUFFIXES))
