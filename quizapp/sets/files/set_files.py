"""A set's files: the ones it names (images), found only inside its own folder, and new sets
written without ever overwriting a teacher's work.

The loader reports a bad reference at its line; the window quietly shows no picture. Both ask
this one function, so what counts as "inside" and "there" cannot drift apart.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

OUTSIDE = "outside"  # a link leads out of the set's folder
MISSING = "missing"  # no such file, or a name the system cannot resolve (too long, a link loop)
NOT_REGULAR = "not-regular"  # a named pipe, a device or a socket: reading it could wait forever
RASTER_KINDS = ("PNG", "JPEG", "GIF", "WebP")
_MAGIC = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"))
_MAGIC += ((b"GIF89a", "GIF"),)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


class NotRegularFile(OSError):
    """The path names a pipe, a device or a socket: refused before anything waits on it."""


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file; never blocks on a named pipe.

    The one door through which the app opens a file given to it (a set, an image, a file to
    import): it opens without waiting (a pipe with no writer would hang a plain open), then
    asks the open file what it is, so a file swapped for a pipe in between is caught too.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegularFile(0, "not a regular file", str(path))
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (one more than allowed tells "too big")."""
    with open_regular(path) as stream:
        return stream.read(limit + 1)


def image_kind(path: Path) -> str:
    """ "PNG", "JPEG", "GIF" or "WebP" from the file's first bytes; "SVG" or "" otherwise."""
    with open_regular(path) as stream:
        head = stream.read(512)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    looks_svg = b"<svg" in head.lower() or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    return "SVG" if looks_svg or path.suffix.lower() in (".svg", ".svgz") else ""


def file_inside(folder: Path, relative: str) -> tuple[Path | None, str]:
    """The real path of ``relative`` under ``folder`` with "", or None and why not."""
    try:
        base = folder.resolve()
        target = (base / relative).resolve()
        if not target.is_relative_to(base):
            return None, OUTSIDE
        if target.is_file():
            return target, ""
        return None, NOT_REGULAR if target.exists() and not target.is_dir() else MISSING
    except (OSError, RuntimeError, ValueError):  # Python 3.11 raises on loops and long names
        return None, MISSING


def write_new_file(path: Path, text: str) -> None:
    """Write ``text`` to a file that must not exist yet: a teacher's work is never overwritten."""
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
