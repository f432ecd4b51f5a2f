"""A set's files: the ones it names (images), found only inside its own folder, and new sets
written without ever overwriting a teacher's work.

The loader reports a bad reference at its line; the window quietly shows no picture. Both ask
this one function, so what counts as "inside" and "there" cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

OUTSIDE = "outside"  # a link leads out of the set's folder
MISSING = "missing"  # no such file, or a name the system cannot resolve (too long, a link loop)


def file_inside(folder: Path, relative: str) -> tuple[Path | None, str]:
    """The real path of ``relative`` under ``folder`` with "", or None with OUTSIDE or MISSING."""
    try:
        base = folder.resolve()
        target = (base / relative).resolve()
        if not target.is_relative_to(base):
            return None, OUTSIDE
        return (target, "") if target.is_file() else (None, MISSING)
    except (OSError, RuntimeError, ValueError):  # Python 3.11 raises on loops and long names
        return None, MISSING


def write_new_file(path: Path, text: str) -> None:
    """Write ``text`` to a file that must not exist yet: a teacher's work is never overwritten."""
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
