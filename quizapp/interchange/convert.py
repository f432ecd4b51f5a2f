"""Import from and export to Moodle's formats: the entry points the CLI and the window call.

An import reads GIFT, Moodle XML or Aiken, keeps every question quizapp can represent, names
the others in an ``ImportReport``, and checks the result with the same validator as a
hand-written set, so an imported file always loads. An export writes GIFT or Moodle XML and
names, in an ``ExportReport``, what Moodle cannot hold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import LiteralScalarString

from quizapp.interchange.aiken import looks_like_aiken, read_aiken
from quizapp.interchange.bank import (
    ImportReport,
    ImportResult,
    ParsedBank,
    SetIdentity,
    accept_drafts,
    set_data,
    stoppable,
)
from quizapp.interchange.gift import read_gift
from quizapp.interchange.moodle_checks import moodle_alterations, moodle_refusals
from quizapp.interchange.moodle_map import ExportReport, to_moodle
from quizapp.interchange.moodle_writers import gift_limits, write_gift, write_moodle_xml
from quizapp.interchange.moodle_xml import read_moodle_xml
from quizapp.model import MAX_QUESTIONS, Problem, QuizSet
from quizapp.model.wording import printable
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.sets.explain.locate import locate_problems
from quizapp.sets.files.set_files import NotRegularFile, read_regular
from quizapp.sets.files.textfile import not_regular_message, read_text
from quizapp.sets.loader import positions_of, validate_data

MAX_IMPORT_BYTES = 20 * 1024 * 1024
IMPORT_FORMATS = ("gift", "moodle-xml", "aiken")
EXPORT_FORMATS = ("gift", "moodle-xml")
_FORMAT_NAMES = {"gift": "GIFT", "moodle-xml": "Moodle XML", "aiken": "Aiken"}


_NAMED_FORMATS = {".xml": "moodle-xml", ".gift": "gift"}  # a suffix that says the format
_TEXT_SUFFIX = ".txt"  # Aiken or GIFT: the text tells which


def detect_format(path: Path, data: bytes) -> str:
    """Tell the format from the file's name, then from its first characters."""
    named = _NAMED_FORMATS.get(path.suffix.lower())
    if named == "moodle-xml" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "moodle-xml"
    if named:
        return named
    return "aiken" if looks_like_aiken(_decode(data, path)) else "gift"


def export_format(path: Path, default: str) -> str:
    """The export format a target's name asks for, by the suffixes ``detect_format`` reads
    (a text file can only be GIFT, Aiken being no export format); ``default`` when the name
    says none. One rule for both ways, so the window and an import agree on a name."""
    suffix = path.suffix.lower()
    if suffix == _TEXT_SUFFIX:
        return "gift"
    return _NAMED_FORMATS.get(suffix, default)


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with its BOM, as Windows Notepad saves "Unicode",
    or UTF-32 with its BOM (whose first bytes UTF-16's would otherwise take)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError:
            message = say("import_bad_utf32", "the file is damaged UTF-32 text")
            raise LoadError.single(str(path), message) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            message = say("import_bad_utf16", "the file is damaged UTF-16 text")
            raise LoadError.single(str(path), message) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text_before = data[: error.start].decode("utf-8", errors="replace")
        line = text_before.count("\n") + 1
        col = len(text_before) - (text_before.rfind("\n") + 1) + 1
        message = say(
            "import_not_utf8", "the file is not UTF-8 text; save it as UTF-8 and import it again"
        )
        raise LoadError.single(str(path), message, line, col) from None


def _parse(path: Path, data: bytes, file_format: str) -> ParsedBank:
    readers: dict[str, Callable[[], ParsedBank]] = {
        "moodle-xml": lambda: read_moodle_xml(data, path),
        "gift": lambda: read_gift(_decode(data, path), path),
        "aiken": lambda: read_aiken(_decode(data, path), path),
    }
    return readers[file_format]()


def import_file(
    path: Path,
    language: str = "en",
    title: str | None = None,
    set_id: str | None = None,
    file_format: str | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read a foreign question file into a validated set, with a report of what was left out.

    Raises LoadError for an unreadable or broken file, and when no question could be kept;
    ImportCancelled soon after ``should_stop()`` turns true (the window's Cancel).
    """
    with stoppable(should_stop):
        return _import(path, language, title, set_id, file_format)


def _refuse_too_many(path: Path, count: int) -> None:
    """Say so at once, before seconds of checking each question only to refuse the set."""
    if count > MAX_QUESTIONS:
        message = say(
            "import_too_many",
            "the file holds {count} questions; a set holds at most {limit}",
            count=count,
            limit=MAX_QUESTIONS,
        )
        raise LoadError.single(str(path), message)


def _import(
    path: Path, language: str, title: str | None, set_id: str | None, file_format: str | None
) -> ImportResult:
    try:
        data = read_regular(path, MAX_IMPORT_BYTES)
    except NotRegularFile:
        raise LoadError.single(str(path), not_regular_message()) from None
    except OSError as error:
        message = say("import_unreadable", "cannot read the file: {reason}", reason=error.strerror)
        raise LoadError.single(str(path), message) from None
    if len(data) > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // (1024 * 1024)
        message = say("import_too_large", "the file is larger than {limit} MB", limit=limit)
        raise LoadError.single(str(path), message)
    chosen = file_format or detect_format(path, data)
    bank = _parse(path, data, chosen)
    _refuse_too_many(path, len(bank.drafts))
    report = ImportReport(str(path), _FORMAT_NAMES[chosen], skipped=list(bank.skipped))
    report.notes += bank.notes
    questions = accept_drafts(bank, report)
    if not questions:
        skipped = "; ".join(str(item) for item in report.skipped) or say(
            "import_holds_none", "the file holds none"
        )
        message = say("import_nothing", "no question quizapp can use: {skipped}", skipped=skipped)
        raise LoadError.single(str(path), message)
    identity = SetIdentity.from_source(path, language, title or bank.title, set_id)
    return ImportResult(validate_data(set_data(identity, path, questions), path), report)


def export_set(
    quizset: QuizSet, file_format: str, target: str = "-", source: Path | None = None
) -> tuple[str, ExportReport]:
    """The text of ``quizset`` in a Moodle format, and the report of what could not go.

    Raises LoadError, located in ``source`` (the set's file), when Moodle would refuse the
    file; what Moodle would only alter is in the report, located too.
    """
    refusals = moodle_refusals(quizset)
    if refusals:
        raise LoadError(_located(refusals, source))
    report = ExportReport(target, _FORMAT_NAMES[file_format])
    report.notes += [str(problem) for problem in _located(moodle_alterations(quizset), source)]
    questions = to_moodle(quizset, report)
    if file_format == "gift":
        report.notes += gift_limits(questions)
        return write_gift(questions, quizset.title), report
    return write_moodle_xml(questions, quizset.title), report


def _located(problems: list[Problem], source: Path | None) -> list[LocatedProblem]:
    """Each problem at its line in the set's file (the file's start when it cannot be read)."""
    positions = None
    if source is not None:
        try:
            positions = positions_of(read_text(source), source)
        except LoadError:
            positions = None
    shown = str(source) if source is not None else "-"
    return locate_problems([(problem, False) for problem in problems], positions, shown)


def set_to_yaml(quizset: QuizSet, comment_lines: Sequence[str] = ()) -> str:
    """A set as the YAML a teacher would write: defaults left out, multi-line text as blocks.

    ``comment_lines`` (an import report) head the file as comments, written by the YAML writer
    itself, one line each after ``printable``: a name holding a line break cannot add YAML.
    """
    data = quizset.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": quizset.schema_version, **data}
    data["questions"] = [
        {"id": q.pop("id"), "type": q.pop("type"), **q} for q in data.get("questions", [])
    ]
    document = CommentedMap(_blocks_for_multiline(data))
    if comment_lines:
        document.yaml_set_start_comment(
            "\n".join(printable(line.strip()) for line in comment_lines)
        )
    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _blocks_for_multiline(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _blocks_for_multiline(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blocks_for_multiline(item) for item in value]
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value
