"""Which attempts of a class's files are the same one, which clash, which sets changed.

An attempt's ``attempt_uid`` is random and made on the learner's machine, so two copies with
the same uid are normally one attempt handed in twice (or exported while open, then again
finished, with more answers). A file is not trusted, though: a uid copied into another
student's file with other answers must not replace the first student's attempt. Such a clash
is reported and both attempts are kept, each under its own student.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from quizapp.results.handin.notice import Notice
from quizapp.results.handin.results_file import ResultsFile
from quizapp.results.records import AttemptWithAnswers

Sourced = tuple[str, AttemptWithAnswers]  # the file it came from, the attempt


@dataclass
class UniqueAttempts:
    """The attempts to count, how many copies were dropped, and the clashes found."""

    kept: list[Sourced] = field(default_factory=list)
    duplicates: int = 0
    conflicts: list[Notice] = field(default_factory=list)


def unique_attempts(files: list[tuple[str, ResultsFile]], set_id: str | None) -> UniqueAttempts:
    """Each attempt once; of two copies of one attempt the fuller one is kept."""
    variants: dict[str, list[Sourced]] = {}
    found = UniqueAttempts()
    for file_name, content in files:
        for item in content.attempts:
            if set_id is None or item.attempt.set_id == set_id:
                _place(variants.setdefault(item.attempt.uid, []), (file_name, item), found)
    found.kept = [entry for entries in variants.values() for entry in entries]
    return found


def _place(entries: list[Sourced], new: Sourced, found: UniqueAttempts) -> None:
    """A copy of a known attempt replaces it when fuller; anything else is a new attempt."""
    for index, known in enumerate(entries):
        if same_attempt(known[1], new[1]):
            found.duplicates += 1
            if _fullness(new[1]) > _fullness(known[1]):
                entries[index] = new
            return
    if entries:
        found.conflicts.append(
            Notice.of(
                "merge_conflict",
                "attempt {uid}: conflict: {first} and {second} hold different attempts under "
                "the same id; both are kept, apart",
                uid=new[1].attempt.uid,
                first=entries[0][0],
                second=new[0],
            )
        )
    entries.append(new)


def same_attempt(first: AttemptWithAnswers, second: AttemptWithAnswers) -> bool:
    """One attempt in two copies: same student, set and version, and the answers of the
    shorter copy are the first answers of the longer one."""
    a, b = first.attempt, second.attempt
    if (_person(a.student_name), a.set_id, a.set_hash) != (
        _person(b.student_name),
        b.set_id,
        b.set_hash,
    ):
        return False
    shorter, longer = sorted((first.answers, second.answers), key=len)
    return all(_answer_key(x) == _answer_key(y) for x, y in zip(shorter, longer, strict=False))


def _person(name: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((name or "").split())).casefold()


def _answer_key(answer: object) -> tuple:
    """What identifies an answer; points to 2 decimals, as a CSV copy of it keeps them."""
    return tuple(
        round(value, 2) if isinstance(value, float) else value
        for value in (
            getattr(answer, name)
            for name in ("question_id", "position", "points_earned", "points_possible", "response")
        )
    )


def _fullness(item: AttemptWithAnswers) -> tuple[int, bool]:
    return len(item.answers), item.attempt.status != "open"


def version_mixes(attempts: list[Sourced]) -> list[Notice]:
    """One line per set whose attempts were made on more than one version of it."""
    versions: dict[str, set[str]] = {}
    for _, item in attempts:
        versions.setdefault(item.attempt.set_id, set()).add(item.attempt.set_hash)
    return [
        Notice.of(
            "merge_versions",
            "set {set_id}: attempts on {count} versions of the set ({versions}); a question id "
            "may not mean the same question in each version",
            set_id=set_id,
            count=len(hashes),
            versions=", ".join(sorted(h[:8] for h in hashes)),
        )
        for set_id, hashes in sorted(versions.items())
        if len(hashes) > 1
    ]
