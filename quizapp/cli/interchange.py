"""The teacher-toolkit subcommands: ``import``, ``export`` and ``new``.

Kept apart from ``cli.py`` so that the main parser only has to call
``add_interchange_commands``; like the rest of the CLI, nothing here imports Qt. Exit codes:
0 done, 1 the input file is bad (a message, never a traceback), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli.output import write_output
from quizapp.interchange.convert import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    MAX_IMPORT_BYTES,
    export_set,
    import_file,
    set_to_yaml,
)
from quizapp.model import QuizSet
from quizapp.sets.catalog import current_language, say
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set
from quizapp.sets.template import TEMPLATE
from quizapp.sets.unreviewed import unreviewed_numbers

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def add_interchange_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``import``, ``export`` and ``new`` on the main parser's subcommands."""
    importer = subparsers.add_parser("import", help="bring in a GIFT, Moodle XML or Aiken file")
    importer.add_argument("file", type=Path, help="the question file to read")
    importer.add_argument(
        "-o", "--output", type=Path, required=True, help="the .quiz.yaml to write"
    )
    importer.add_argument("--from", dest="file_format", choices=IMPORT_FORMATS, default=None)
    importer.add_argument(
        "--language",
        default=None,
        help="language of the set (default: the file's own when its words say it clearly, "
        "else yours, as File > Import… guesses)",
    )
    importer.add_argument("--title", default=None, help="title of the set (default: file name)")
    importer.add_argument("--id", dest="set_id", default=None, help="id of the set")
    importer.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    importer.set_defaults(handler=_cmd_import)

    exporter = subparsers.add_parser("export", help="write a set as GIFT or Moodle XML")
    exporter.add_argument("set", type=Path, help="the .quiz.yaml set to export")
    exporter.add_argument("--to", dest="file_format", choices=EXPORT_FORMATS, required=True)
    exporter.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    exporter.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    exporter.set_defaults(handler=_cmd_export)

    new = subparsers.add_parser("new", help="write a commented template set to fill in")
    new.add_argument("path", type=Path, help="where to write it (never overwritten)")
    new.set_defaults(handler=_cmd_new)


def _save(path: Path, text: str, force: bool | None = False) -> bool:
    """Write the file or say why not; ``force=None``: ``quizapp new`` never overwrites."""
    return write_output(path, text, force)


def _cmd_import(args: argparse.Namespace) -> int:
    from quizapp.draft.drafting.draft_set import file_language  # the drafter, on first use

    try:
        language = args.language or file_language(args.file, current_language(), MAX_IMPORT_BYTES)
        result = import_file(args.file, language, args.title, args.set_id, args.file_format)
    except LoadError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    lines = result.report.lines()
    if not _save(args.output, set_to_yaml(result.quizset, lines), args.force):
        return EXIT_BAD_INPUT
    print("\n".join(lines))
    print(say("cli_wrote", "wrote {path}", path=args.output))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    try:
        quizset = load_set(args.set)
    except LoadError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        text, report = export_set(quizset, args.file_format, str(args.output), args.set)
    except LoadError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    if not _save(args.output, text, args.force):
        return EXIT_BAD_INPUT
    print("\n".join(report.lines()))
    _warn_unreviewed(quizset, args.set)
    return EXIT_OK


def _warn_unreviewed(quizset: QuizSet, path: Path) -> None:
    """Say on stderr how many questions still carry the drafter's mark, and which (number
    and id), with the command that opens them: never a silent export of unread drafts (ui39)."""
    numbers = unreviewed_numbers(quizset.questions)
    if not numbers:
        return
    which = ", ".join(f"{n} ({quizset.questions[n - 1].id})" for n in numbers)
    english = (
        "warning: {count} of the {total} questions still carry the mark « draft » (drafted, "
        "never reviewed): {which}; they are exported as drafted. Review them with: quizapp "
        "edit {path}, then export again"
    )
    total = len(quizset.questions)
    print(say("cli_unreviewed", english, count=len(numbers), total=total, which=which,
              path=path), file=sys.stderr)  # fmt: skip


def _cmd_new(args: argparse.Namespace) -> int:
    if not _save(args.path, TEMPLATE, force=None):
        return EXIT_BAD_INPUT
    print(
        say(
            "cli_new_wrote",
            "wrote {path}: fill it in, then check it with: quizapp validate {path}",
            path=args.path,
        )
    )
    return EXIT_OK
