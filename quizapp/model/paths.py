"""The lexical rule for file references in a set: relative, and never leaving the set's folder.

This is the model's half of the rule (no I/O); the loader also resolves links on disk.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from quizapp.model.wording import rule_error

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def check_relative_path(value: str) -> str:
    """Accept ``images/tweet.png``; refuse absolute paths, URLs and ``..`` escapes."""
    if any(ord(char) < 32 or 127 <= ord(char) < 160 for char in value):
        raise rule_error("image_control_char", "the image path holds a control character")
    if _SCHEME.match(value) or value.startswith(("/", "\\")):
        raise rule_error(
            "image_not_relative",
            "the image must be a path relative to the set's file, such as images/photo.png "
            "(no absolute path, drive letter or web address)",
        )
    parts = PurePosixPath(value.replace("\\", "/")).parts
    depth = 0
    for part in parts:
        depth += -1 if part == ".." else 0 if part == "." else 1
        if depth < 0:
            raise rule_error(
                "image_outside",
                "the image must stay inside the set's folder ('..' leads out of it)",
            )
    if depth == 0:
        raise rule_error("image_no_file", "the image path names no file")
    return value
