"""The teacher's ``results`` command: ``quizapp results merge FILES... -o class.csv``.

Students' exported results files, in any mix of CSV and JSON, become one ``class.csv``. A file
that cannot be read is named on stderr with its located message, the others are still merged
and written, and the exit code is 1 so that a script notices. Like the rest of the CLI, nothing
here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli.output import write_output
from quizapp.results.handin.attempts import Notice
from quizapp.results.handin.class_results import merge_files
from quizapp.results.handin.class_results_csv import class_csv
from quizapp.results.handin.class_rows import ClassResults
from quizapp.sets.catalog import say

EXIT_OK, EXIT_BAD_INPUT = 0, 1
_DELIMITERS = {",": ",", ";": ";", "comma": ",", "semicolon": ";"}


def add_results_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``results`` (with its ``merge`` action) on the main parser's subcommands."""
    results = subparsers.add_parser("results", help="merge students' results files for a class")
    actions = results.add_subparsers(dest="action", required=True, metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help="one class.csv from students' exported results (CSV or JSON)",
        description="Read students' exported results files and write the class's results: "
        "a row per student, question difficulty and the confusion matrix. A file that "
        "cannot be read is named and the others are still merged; the exit code is then 1.",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a results file")
    merge.add_argument("-o", "--output", type=Path, required=True, help="the CSV file to write")
    merge.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITERS),
        default=",",
        metavar="{',',';'}",
        help="',' (default) or ';' with decimal commas, for spreadsheets set to French",
    )
    merge.add_argument("--set", dest="set_id", default=None, help="count only this set's id")
    merge.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    merge.set_defaults(handler=_cmd_merge)


def _cmd_merge(args: argparse.Namespace) -> int:
    results = merge_files(args.files, args.set_id)
    for problem in [*results.problems, *results.warnings, *results.versions]:
        print(said(problem), file=sys.stderr)
    if results.files_read == 0:
        message = say("merge_none", "quizapp results merge: no results file could be read")
        print(message, file=sys.stderr)
        return EXIT_BAD_INPUT
    if not _write(args.output, class_csv(results, _DELIMITERS[args.delimiter]), args.force):
        return EXIT_BAD_INPUT
    print(_summary(results))
    print(say("cli_wrote", "wrote {path}", path=args.output))
    return EXIT_BAD_INPUT if results.problems or results.warnings else EXIT_OK


def _write(path: Path, text: str, force: bool) -> bool:
    """Write with a BOM (spreadsheets then read UTF-8); an existing file is kept unless forced."""
    return write_output(path, text, force, encoding="utf-8-sig", newline="")


def _summary(results: ClassResults) -> str:
    text = say(
        "merge_summary",
        "read {files} file(s): {students} student(s), {attempts} attempt(s), "
        "{questions} question(s)",
        files=results.files_read,
        students=len(results.students),
        attempts=results.attempts,
        questions=len(results.questions),
    )
    if results.duplicates:
        text += say(
            "merge_duplicates",
            "; {count} attempt(s) found twice, counted once",
            count=results.duplicates,
        )
    if results.problems:
        text += say(
            "merge_unreadable", "; {count} file(s) could not be read", count=len(results.problems)
        )
    if results.warnings:
        text += say(
            "merge_skipped",
            "; {count} record(s) skipped or in conflict (see above)",
            count=len(results.warnings),
        )
    return text


def said(line: str) -> str:
    """A merge message in the user's language when the results layer gave its key."""
    if isinstance(line, Notice):
        return say(line.key, line.english, **line.values)
    return line
