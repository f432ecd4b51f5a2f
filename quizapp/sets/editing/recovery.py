"""Recovery files: the set being edited, kept every few seconds so a crash loses nothing.

One file per set being edited, named after the set's file (or a new set's own name), in a
``recovery`` folder of the user's data folder. It is written whole to a temporary file that
then replaces the old one, so a kill in the middle of writing leaves the previous copy intact.
Saving the set, or closing it on purpose, removes it; one left behind means the editor did not
close normally, and the editor offers it back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER_NAME = "recovery"
MAX_RECOVERY_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Recovered:
    """What a recovery file holds: the set's data, where it was saved (if ever), when kept."""

    file: Path  # the recovery file itself
    data: dict
    set_path: Path | None
    kept_at: str  # ISO 8601, local time


def recovery_folder(data_folder: Path) -> Path:
    return data_folder / FOLDER_NAME


def recovery_file(data_folder: Path, set_path: Path | None, new_name: str = "") -> Path:
    """The recovery file of ``set_path``, or of the new set called ``new_name``."""
    if set_path is not None:
        key = hashlib.sha256(str(set_path.resolve()).encode("utf-8")).hexdigest()[:16]
        name = f"set-{key}.json"
    else:
        name = f"new-{new_name or uuid.uuid4().hex[:12]}.json"
    return recovery_folder(data_folder) / name


def snapshot(data: dict, set_path: Path | None) -> str:
    """The text of a recovery file (made on the GUI thread; written elsewhere)."""
    kept_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    where = str(set_path) if set_path is not None else None
    return json.dumps({"set_path": where, "kept_at": kept_at, "data": data}, ensure_ascii=False)


def write_recovery(file: Path, text: str) -> None:
    """Replace ``file`` by ``text`` in one step (a temporary file, then a rename)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, file)


def discard(file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        file.unlink()


def read_recovery(file: Path) -> Recovered | None:
    """A recovery file's content, or None when it is damaged or too large to be ours."""
    try:
        if file.stat().st_size > MAX_RECOVERY_BYTES:
            return None
        content: Any = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(content, dict) or not isinstance(content.get("data"), dict):
        return None
    where = content.get("set_path")
    set_path = Path(where) if isinstance(where, str) and where else None
    return Recovered(file, content["data"], set_path, str(content.get("kept_at", "")))


def left_behind(data_folder: Path, set_path: Path | None = None) -> list[Recovered]:
    """Recovery files of an editor that did not close normally: of ``set_path`` if given,
    else of every new set never saved."""
    folder = recovery_folder(data_folder)
    if set_path is not None:
        files = [recovery_file(data_folder, set_path)]
    else:
        files = sorted(folder.glob("new-*.json")) if folder.is_dir() else []
    found = [read_recovery(file) for file in files if file.is_file()]
    return [item for item in found if item is not None]
