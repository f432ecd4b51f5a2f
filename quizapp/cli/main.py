"""The ``quizapp`` command: the window by default, and commands that never import Qt.

``quizapp [PATH...]`` opens the window (optionally on question files); ``quizapp validate``,
``quizapp schema`` and the teacher's commands work on files only. Exit codes: 0 success,
1 a bad input file, 2 bad usage. No path ends in a traceback: the user gets a sentence.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__
from quizapp.model.wording import printable
from quizapp.sets.builtin import SET_SUFFIXES
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem, StoreError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
# Known without building the parser, so that starting the window imports no command's modules.
FILE_COMMANDS = ("validate", "schema", "import", "export", "new", "results", "draft")
CHECK_SERVER_COMMAND = "_check-server"  # the editor's live check in a process of its own
EDIT_COMMAND = "edit"  # opens a window: not one of the file commands, which never load Qt


def build_parser() -> argparse.ArgumentParser:
    """The parser of every file command; each subparser sets ``handler`` to its function."""
    parser = argparse.ArgumentParser(
        prog="quizapp", description="Media-literacy quiz: check and convert question sets."
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser("validate", help="check question files, report every problem")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="file or folder")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="item-writing warnings count as errors (exit status 1)",
    )
    validate.set_defaults(handler=_cmd_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema of question files")
    schema.set_defaults(handler=_cmd_schema)
    from quizapp.cli.interchange import add_interchange_commands

    add_interchange_commands(commands)
    from quizapp.cli.results import add_results_commands

    add_results_commands(commands)
    from quizapp.cli.draft import add_draft_command

    add_draft_command(commands)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """Options of the window: files to open and the packaged self-test."""
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Media-literacy quiz. File commands: "
        + ", ".join((*FILE_COMMANDS, EDIT_COMMAND))
        + " (quizapp COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument("files", nargs="*", type=Path, metavar="PATH", help="question set to open")
    parser.add_argument(
        "--self-test", action="store_true", help="check the app starts and runs, then exit"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of the results database (default: $QUIZAPP_DATA_DIR, else your data folder)",
    )
    return parser


def _expand(paths: Sequence[Path]) -> tuple[list[Path], list[LocatedProblem]]:
    """Files as given; a folder stands for the question sets inside it. A folder that cannot
    be read is a located problem, and the other paths are still checked."""
    files: list[Path] = []
    problems: list[LocatedProblem] = []
    for path in paths:
        try:
            if path.is_dir():
                files += sorted(p for p in path.iterdir() if p.name.endswith(SET_SUFFIXES))
            else:
                files.append(path)
        except OSError as error:
            reason = error.strerror or str(error)
            message = say("folder_unreadable", "cannot read the folder: {reason}", reason=reason)
            problems.append(LocatedProblem(str(path), 1, 1, message))
    return files, problems


def _valid_line(path: Path, count: int) -> str:
    if count == 1:
        return say("validate_ok_one", "{path}: ok (1 question)", path=path)
    return say("validate_ok", "{path}: ok ({count} questions)", path=path, count=count)


def _cmd_validate(args: argparse.Namespace) -> int:
    """Errors make a file invalid; warnings are printed and only fail the run with --strict."""
    files, unreadable = _expand(args.paths)
    for problem in unreadable:
        print(problem, file=sys.stderr)
    if unreadable and not files:
        return EXIT_INVALID
    if not files:
        print(say("validate_none", "quizapp validate: no question file found"), file=sys.stderr)
        return EXIT_INVALID
    warnings = [_validate_file(path) for path in files]
    failed = len(unreadable) + warnings.count(None)
    warned = sum(1 for count in warnings if count)
    return _validate_totals(failed, warned, len(files), len(unreadable), args.strict)


def _validate_file(path: Path) -> int | None:
    """Check one file and print what was found: its number of warnings, None when invalid."""
    from quizapp.sets.checking import check_file

    try:
        checked = check_file(path)
    except LoadError as error:
        print(error, file=sys.stderr)
        return None
    for warning in checked.warnings:
        print(warning, file=sys.stderr)
    line = _valid_line(path, len(checked.quiz.questions))
    if checked.warnings:
        line += say(
            "validate_warnings", ", item-writing warnings: {count}", count=len(checked.warnings)
        )
    print(line)
    return len(checked.warnings)


def _validate_totals(failed: int, warned: int, files: int, unreadable: int, strict: bool) -> int:
    """Say how many files failed (and, with --strict, warned); the exit code of the run."""
    if failed:
        message = say(
            "validate_failed",
            "{failed} of {total} file(s) invalid",
            failed=failed,
            total=files + unreadable,
        )
        print(message, file=sys.stderr)
    if warned and strict:
        message = say(
            "validate_strict",
            "{warned} of {total} file(s) with item-writing warnings (--strict)",
            warned=warned,
            total=files,
        )
        print(message, file=sys.stderr)
        return EXIT_INVALID
    return EXIT_INVALID if failed else EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from quizapp.sets.schema import json_schema_text

    sys.stdout.write(json_schema_text())
    return EXIT_OK


def _run_command(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except StoreError as error:
        print(printable(f"quizapp {args.command}: {error}"), file=sys.stderr)
        return EXIT_INVALID


def build_edit_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp edit", description="Open the set editor on a question file, or on a new set."
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="set file to edit")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="folder of recovery files")
    return parser


def _run_editor(argv: list[str]) -> int:
    """``quizapp edit [FILE]``: the editor's window (this is the one command that loads Qt)."""
    options = build_edit_parser().parse_args(argv)
    if options.file is not None and options.file.is_dir():
        print(
            say(
                "edit_folder",
                "quizapp edit: {path} is a folder; give a set file",
                path=options.file,
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    from quizapp.app import run_editor

    return run_editor(options.file, options.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quizapp`` console script and of ``python -m quizapp``."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in FILE_COMMANDS:
            return _run_command(args)
        if args and args[0] == EDIT_COMMAND:
            return _run_editor(args[1:])
        if args and args[0] == CHECK_SERVER_COMMAND:  # the editor's own, not for people
            return _run_check_server()
        return _run_window(args)
    except SystemExit as stop:  # argparse: --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours: say it in one line, never a traceback
        detail = printable(f"{type(error).__name__}: {error}")
        print(f"quizapp: internal error: {detail}", file=sys.stderr)
        return EXIT_INVALID


def _run_check_server() -> int:
    """The editor's checking process, below the window's priority: it answers until stdin closes."""
    from quizapp.sets.editing.check_server import serve, yield_to_the_window

    yield_to_the_window()
    return serve()


def _run_window(args: list[str]) -> int:
    """The quiz window on the files given (and the built-in sets)."""
    options = build_gui_parser().parse_args(args)
    # Start-up creates many long-lived objects and no garbage: the cyclic collector would
    # only walk them again and again. app.run collects from a timer on the GUI thread meanwhile
    # (ui/collector.py) and leaves automatic collection as it found it.
    gc.disable()
    try:
        from quizapp.app import run

        return run(options.files, self_test=options.self_test, data_dir=options.data_dir)
    finally:
        gc.enable()
