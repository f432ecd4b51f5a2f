"""Default names of exported results files: whose, which set, which day, safe everywhere.

A teacher collects thirty files in one folder: "Zoé Lefèvre - stargate-musk-fr - 2026-11-30.csv"
says whose each one is without opening it. The name must also be one that Windows, macOS and
Linux all accept, whatever the student typed as her name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

MAX_PART = 60  # characters of a name or a set id kept in a file name
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


def safe_part(text: str, limit: int = MAX_PART) -> str:
    """``text`` as part of a file name: no separator, reserved or control character."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())[:limit].strip(" .")
    if text.upper().split(".")[0] in _RESERVED:
        text = f"_{text}"
    return text


def default_export_name(
    student_name: str | None, set_ids: Iterable[str], day: dt.date, suffix: str, fallback: str
) -> str:
    """ "Name - set-id - date.suffix"; ``fallback`` stands for the name or for several sets."""
    ids = sorted(set(set_ids))
    which = safe_part(ids[0]) if len(ids) == 1 else ""
    parts = [safe_part(student_name or "") or safe_part(fallback), which, day.isoformat()]
    return " - ".join(part for part in parts if part) + f".{suffix}"
