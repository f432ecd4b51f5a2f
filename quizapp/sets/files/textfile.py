"""Reading an untrusted text file: bounded in size, UTF-8 only, with a message that helps."""

from __future__ import annotations

from pathlib import Path

from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError
from quizapp.sets.files.set_files import NotRegularFile, read_regular

MAX_FILE_BYTES = 10 * 1024 * 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")  # test before UTF-16's


def _looks_utf32(raw: bytes) -> bool:
    """UTF-32 without a BOM: text starts with an ASCII character and three zero bytes."""
    head = raw[:4]
    return len(head) == 4 and head.count(0) == 3 and head[1:3] == b"\x00\x00"


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The file's text; refuses a file over ``limit`` bytes before reading it whole."""
    shown = str(path)
    try:
        raw = read_regular(path, limit)
    except NotRegularFile:
        raise LoadError.single(shown, not_regular_message()) from None
    except FileNotFoundError:
        raise LoadError.single(shown, say("file_not_found", "file not found")) from None
    except IsADirectoryError:
        message = say("file_is_folder", "this is a folder, not a question file")
        raise LoadError.single(shown, message) from None
    except OSError as error:
        message = say("file_unreadable", "cannot read the file: {reason}", reason=error.strerror)
        raise LoadError.single(shown, message) from None
    if len(raw) > limit:
        message = say(
            "file_too_large",
            "the file is larger than {megabytes} MB; question files are refused above that size",
            megabytes=limit // (1024 * 1024),
        )
        raise LoadError.single(shown, message)
    return decode_utf8(raw, shown)


def not_regular_message() -> str:
    return say(
        "file_not_regular",
        "this is not a regular file (a pipe, a device or a socket); choose a saved file",
    )


def decode_utf8(raw: bytes, shown: str) -> str:
    """UTF-8 with or without a BOM; CRLF line ends become LF."""
    if raw.startswith(_UTF32_BOMS) or _looks_utf32(raw):
        message = say(
            "file_utf32",
            "the file is saved as UTF-32; save it as UTF-8 "
            "(in your editor: Save as, Encoding: UTF-8)",
        )
        raise LoadError.single(shown, message)
    if raw.startswith(_UTF16_BOMS):
        message = say(
            "file_utf16",
            "the file is saved as UTF-16; save it as UTF-8 "
            "(in your editor: Save as, Encoding: UTF-8)",
        )
        raise LoadError.single(shown, message)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        message = say(
            "file_not_utf8",
            "the file is not UTF-8 (byte 0x{byte} cannot be read); save it as UTF-8 in your "
            "editor (Save as, Encoding: UTF-8)",
            byte=f"{raw[error.start]:02X}",
        )
        raise LoadError.single(shown, message, line, col) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
