"""The editor's re-read of its file goes through the bounded, regular-file-only door."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from quizapp.sets.files.textfile import MAX_FILE_BYTES
from quizapp.ui.editor.disk.files import read_disk


def test_a_file_swapped_for_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes are POSIX")
    pipe = tmp_path / "set.yaml"
    os.mkfifo(pipe)
    outcome: list[str | None] = []
    reader = threading.Thread(target=lambda: outcome.append(read_disk(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # a plain open waits for a writer forever: unblock it, then fail
        with open(pipe, "w"):
            pass
        reader.join(timeout=10)
        pytest.fail("reading a named pipe waited for a writer")
    assert outcome == [None]


def test_a_file_grown_past_the_set_limit_is_not_read_whole(tmp_path: Path) -> None:
    huge = tmp_path / "set.yaml"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 10)
    assert read_disk(huge) is None


def test_a_regular_file_reads_as_text_with_unix_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_bytes(b"\xef\xbb\xbftitle: x\r\nquestions: []\r\n")
    assert read_disk(path) == "title: x\nquestions: []\n"
