"""Reading an untrusted text file: bounded in size, UTF-8 only, with a message that helps."""

from __future__ import annotations

from pathlib import Path

from quizapp.store.errors import LoadError

MAX_FILE_BYTES = 10 * 1024 * 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The file's text; refuses a file over ``limit`` bytes before reading it whole."""
    shown = str(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        raise LoadError.single(shown, "file not found") from None
    except IsADirectoryError:
        raise LoadError.single(shown, "this is a folder, not a question file") from None
    except OSError as error:
        raise LoadError.single(shown, f"cannot read the file: {error.strerror}") from None
    if len(raw) > limit:
        raise LoadError.single(
            shown,
            f"the file is larger than {limit // (1024 * 1024)} MB; "
            "question files are refused above that size",
        )
    return decode_utf8(raw, shown)


def decode_utf8(raw: bytes, shown: str) -> str:
    """UTF-8 with or without a BOM; CRLF line ends become LF."""
    if raw.startswith(_UTF16_BOMS):
        raise LoadError.single(
            shown,
            "the file is saved as UTF-16; save it as UTF-8 "
            "(in your editor: Save as, Encoding: UTF-8)",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise LoadError.single(
            shown,
            f"the file is not UTF-8 (byte 0x{raw[error.start]:02X} cannot be read); save it as "
            "UTF-8 in your editor (Save as, Encoding: UTF-8)",
            line,
            col,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
