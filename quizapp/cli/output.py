"""Files the commands write: a teacher's existing file is never replaced unless she asks.

``import``, ``export``, ``new`` and ``results merge`` all write one file and all refuse the same
way, in the user's language, on standard error: the path exists (with "or add --force" where the
command has that option), or the system cannot write it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quizapp.sets.catalog import say


def write_output(
    path: Path, text: str, force: bool | None, encoding: str = "utf-8", newline: str = "\n"
) -> bool:
    """Write ``text`` to ``path``, or say why not; ``force=None`` when forcing is not offered."""
    try:
        with path.open("w" if force else "x", encoding=encoding, newline=newline) as handle:
            handle.write(text)
    except FileExistsError:
        print(_exists_message(path, force is not None), file=sys.stderr)
        return False
    except OSError as error:
        message = say(
            "cli_cannot_write", "{path}: cannot write: {reason}", path=path, reason=error.strerror
        )
        print(message, file=sys.stderr)
        return False
    return True


def _exists_message(path: Path, force_offered: bool) -> str:
    if not force_offered:
        return say("cli_exists", "{path}: already exists; choose another name", path=path)
    return say(
        "cli_exists_force", "{path}: already exists; choose another name or add --force", path=path
    )
