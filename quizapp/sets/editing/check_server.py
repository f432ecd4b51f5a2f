"""The live check as a child process: one request per line on stdin, one answer per line out.

A check of a large set runs C code (JSON parsing, pydantic's validation, freeing a large
structure) that holds the interpreter lock for tens of milliseconds at a time; in a thread of
the editor's own process, the window could not respond meanwhile. In a process of its own it
shares nothing with the window. Requests and answers are JSON, one per line:
``{"data": {...}, "path": "...", "images": true, "language": "fr"}`` gets
``[[data path, line, col, message, warning, code], ...]`` or ``{"error": "..."}``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import IO

from quizapp.sets import catalog
from quizapp.sets.editing.live_check import FieldProblem, check_set


def answer(request: dict) -> list[list]:
    """The problems of one request, as JSON-ready rows."""
    catalog.set_language(str(request.get("language") or "en"))
    problems = check_set(request["data"], Path(request["path"]), images=bool(request["images"]))
    return [[list(p.path), p.line, p.col, p.message, p.warning, p.code] for p in problems]


def from_rows(rows: list[list]) -> list[FieldProblem]:
    """The rows of an answer back into problems (data paths as tuples again)."""
    return [
        FieldProblem(tuple(path), line, col, message, warning, code)
        for path, line, col, message, warning, code in rows
    ]


def yield_to_the_window() -> None:
    """Run at a lower priority than the editor that started this process.

    On a busy machine (two cores, a browser, another program), a check of a large set and the
    window typing would otherwise get the processor in turns, and a keystroke could wait a
    whole time slice; the window should always come first, a check can finish a little later.
    """
    if hasattr(os, "nice"):  # POSIX; on Windows the child keeps the normal priority
        with contextlib.suppress(OSError):  # already at the lowest, or not allowed
            os.nice(10)


def serve(source: IO[str] | None = None, sink: IO[str] | None = None) -> int:
    """Answer requests until stdin closes (the editor closed); exit status 0."""
    source = source or sys.stdin
    sink = sink or sys.stdout
    for line in source:
        if not line.strip():
            continue
        try:
            reply: object = answer(json.loads(line))
        except Exception as error:  # a bad request or a bug: said, and the next one served
            reply = {"error": f"{type(error).__name__}: {error}"}
        sink.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sink.flush()
    return 0
