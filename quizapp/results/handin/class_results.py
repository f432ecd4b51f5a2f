"""A class's results: many students' exported files merged into one picture for the teacher.

Students hand in what quizapp's export wrote (CSV with ',' or ';', or JSON; see
docs/results-format.md), one file each or a teacher's file holding several students. Merging
gives a row per student, how hard each question was, and the class's confusion matrix. The
same attempt handed in twice (in two files, or a CSV and a JSON of it) counts once, keyed by its
``attempt_uid``; a file that cannot be read is reported with its located message and the
others are still merged, because one student's broken file must not hide the class.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.model import DEFAULT_LABELS, SetWords, words_for
from quizapp.results.handin.attempts import unique_attempts, version_mixes
from quizapp.results.handin.class_rows import (
    ClassResults,
    LabelTally,
    QuestionRow,
    SkillRow,
    StudentRow,
)
from quizapp.results.handin.notice import Notice, kept_notice, said_later
from quizapp.results.handin.reading import read_export
from quizapp.results.handin.results_file import ResultsFile, ResultsFileError
from quizapp.results.records import FULL_MARKS, AttemptWithAnswers

MAX_RESULTS_FILE_BYTES = 50 * 1024 * 1024  # a year of daily quizzes is a few MB; refuse a flood
_DEFAULT_ORDER = {label.id: index for index, label in enumerate(DEFAULT_LABELS)}


@dataclass
class _Student:
    """A student being gathered; several files may add to the same one."""

    name: str | None
    files: list[str] = field(default_factory=list)
    attempts: list[AttemptWithAnswers] = field(default_factory=list)


def read_results_files(paths: Sequence[Path]) -> tuple[list[tuple[str, ResultsFile]], list[str]]:
    """Each readable file with its name, and one located message per file that is not."""
    read: list[tuple[str, ResultsFile]] = []
    problems: list[str] = []
    for path in paths:
        try:
            read.append((path.name, _read_one(path)))
        except ResultsFileError as error:
            problems.append(said_later(error))
    return read, problems


def _read_one(path: Path) -> ResultsFile:
    """``read_export`` behind a size limit, with the csv module's own errors located too."""
    try:
        return read_export(path, MAX_RESULTS_FILE_BYTES)
    except csv.Error as error:
        message = Notice.of(
            "results_csv_unreadable", "{path}: not a results CSV file: {reason}",
            path=path, reason=error,
        )  # fmt: skip
        raise ResultsFileError(message) from error


def merge_files(paths: Sequence[Path], set_id: str | None = None) -> ClassResults:
    """Read and merge ``paths``; only attempts at ``set_id`` count when one is given."""
    read, problems = read_results_files(paths)
    return merge(read, problems, set_id)


def merge(
    files: Iterable[tuple[str, ResultsFile]],
    problems: Sequence[str] = (),
    set_id: str | None = None,
) -> ClassResults:
    """Merge read files (name, content) into the class's results."""
    files = list(files)
    found = unique_attempts(files, set_id)
    unique = found.kept
    students = _group_by_student(unique)
    answers = [(s, a) for s in students for attempt in s.attempts for a in attempt.answers]
    confusion: Counter[tuple[str, str | None]] = Counter(
        (item.true_label, item.chosen_label) for _, answer in answers for item in answer.items
    )
    return ClassResults(
        students=[_student_row(student) for student in students],
        questions=_question_rows(unique),
        label_ids=_label_order(confusion),
        confusion=dict(confusion),
        files_read=len(files),
        attempts=len(unique),
        duplicates=found.duplicates,
        problems=list(problems),
        warnings=[kept_notice(line) for line in _skipped(files)] + found.conflicts,
        versions=version_mixes(unique),
        sets=_set_titles(files),
        words=_set_words(files),
        skills=_skill_rows(unique),
    )


def _skipped(files: list[tuple[str, ResultsFile]]) -> list[str]:
    return [line for _, content in files for line in content.skipped]


def _set_words(files: list[tuple[str, ResultsFile]]) -> dict[str, SetWords]:
    """Prompts and skill names the files carried, by set (the first file to give one wins)."""
    words: dict[str, SetWords] = {}
    for _, content in files:
        for item in content.attempts:
            set_id = item.attempt.set_id
            words[set_id] = words_for(words, set_id).joined(item.words)
    return words


def _set_titles(files: list[tuple[str, ResultsFile]]) -> dict[str, str]:
    """Each set met in the files (filtered out or not), by id, with the title read last."""
    titles: dict[str, str] = {}
    for _, content in files:
        for item in content.attempts:
            titles[item.attempt.set_id] = item.attempt.set_title
    return dict(sorted(titles.items()))


def _group_by_student(attempts: list[tuple[str, AttemptWithAnswers]]) -> list[_Student]:
    """Attempts by student name (spacing, case and accents' encoding ignored), sorted by name.

    Attempts without any name cannot be told apart by person, so they are grouped by the file
    they came from: a file is one student's hand-in.
    """
    students: dict[str, _Student] = {}
    for file_name, item in attempts:
        name = item.attempt.student_name
        key = name_key(name) if name and name.strip() else "\0" + file_name
        student = students.setdefault(key, _Student(" ".join(name.split()) if name else None))
        if file_name not in student.files:
            student.files.append(file_name)
        student.attempts.append(item)
    return sorted(students.values(), key=lambda s: (s.name is None, name_key(s.name), s.files))


def name_key(name: str | None) -> str:
    """What makes two spellings of a name the same student: NFC, single spaces, no case."""
    return unicodedata.normalize("NFC", " ".join((name or "").split())).casefold()


def _student_row(student: _Student) -> StudentRow:
    answers = [answer for item in student.attempts for answer in item.answers]
    tallies: dict[str, LabelTally] = {}
    for answer in answers:
        for claim in answer.items:
            old = tallies.get(claim.true_label, LabelTally())
            tallies[claim.true_label] = LabelTally(old.right + claim.right, old.seen + 1)
    return StudentRow(
        name=student.name,
        files=tuple(student.files),
        attempts=len(student.attempts),
        answers=len(answers),
        points_earned=sum(answer.points_earned for answer in answers),
        points_possible=sum(answer.points_possible for answer in answers),
        by_label=tallies,
    )


def _skill_rows(attempts: list[tuple[str, AttemptWithAnswers]]) -> list[SkillRow]:
    """Per skill of a set: answers and points over the class; weakest first."""
    sums: dict[tuple[str, str], list[float]] = {}
    for _, item in attempts:
        for answer in item.answers:
            for tag in dict.fromkeys(answer.tags):
                total = sums.setdefault((item.attempt.set_id, tag), [0, 0.0, 0.0])
                total[0] += 1
                total[1] += answer.points_earned
                total[2] += answer.points_possible
    rows = [
        SkillRow(key[0], key[1], int(n), earned, possible)
        for key, (n, earned, possible) in sums.items()
    ]
    return sorted(
        rows, key=lambda row: (row.share if row.share is not None else 2.0, row.set_id, row.tag)
    )


def _question_rows(attempts: list[tuple[str, AttemptWithAnswers]]) -> list[QuestionRow]:
    """Per question (of a set): who answered, how often at full marks; hardest first."""
    scores: dict[tuple[str, str], list[float]] = {}
    takers: dict[tuple[str, str], set[str]] = {}
    for file_name, item in attempts:
        who = name_key(item.attempt.student_name) or "\0" + file_name
        for answer in item.answers:
            key = (item.attempt.set_id, answer.question_id)
            scores.setdefault(key, []).append(answer.score)
            takers.setdefault(key, set()).add(who)
    rows = [
        QuestionRow(
            set_id=key[0],
            question_id=key[1],
            students=len(takers[key]),
            answered=len(values),
            right=sum(value >= FULL_MARKS for value in values),
            mean_score=sum(values) / len(values),
        )
        for key, values in scores.items()
    ]
    return sorted(rows, key=lambda row: (row.share_right, row.set_id, row.question_id))


def _label_order(confusion: Counter[tuple[str, str | None]]) -> list[str]:
    """The default five in their usual order, then any label of a teacher's own, by name."""
    seen = {truth for truth, _ in confusion} | {chosen for _, chosen in confusion if chosen}
    return sorted(seen, key=lambda label: (_DEFAULT_ORDER.get(label, len(_DEFAULT_ORDER)), label))
