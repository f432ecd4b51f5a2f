"""Whether a file given to the app as it is (dropped on the library, or opened from it) is a
question bank of another quiz tool, which the importer reads, rather than an article.

Moodle saves a GIFT export as ``.txt``, and teachers keep Aiken banks as ``.txt``: taken by its
name alone, such a file opened as an article to draft questions from, its ``{=…}`` and
``ANSWER:`` lines as the article's text. Its first bytes tell: GIFT answer blocks or Aiken
answer lines in most of its questions. An article has neither.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.interchange.aiken import looks_like_aiken
from quizapp.interchange.gift_blocks import looks_like_gift

TEXT_SUFFIXES = (".txt", ".text")  # what a bank is saved as besides its own suffix
SNIFF_BYTES = 256 * 1024  # enough questions to tell, read at once on the window's thread


def bank_format(path: Path) -> str | None:
    """``"gift"``, ``"aiken"`` or ``"moodle-xml"`` for a question bank, None for any other file
    (an article, a question set, a file that cannot be read: its own reader says why)."""
    suffix = path.suffix.lower()
    if suffix not in (".gift", ".xml", *TEXT_SUFFIXES) or not path.is_file():
        return None
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return None
    if suffix == ".gift":
        return "gift"
    if suffix == ".xml":
        return "moodle-xml" if b"<quiz" in head[:4096] else None
    text = _text(head)
    if looks_like_aiken(text):
        return "aiken"
    return "gift" if looks_like_gift(text) else None


def _text(head: bytes) -> str:
    """The first bytes as text: UTF-16 with its mark (Notepad's "Unicode"), else UTF-8, a
    character cut at the end of the bytes read being no reason to refuse."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[: len(head) - len(head) % 2].decode("utf-16", errors="replace")
    return head.decode("utf-8-sig", errors="replace")
