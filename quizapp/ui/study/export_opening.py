"""Opening File > Export results from the study flow: which attempts, whose name, which words."""

from __future__ import annotations

from typing import Any

from quizapp.model import words_by_set
from quizapp.ui.study.export_dialog import ExportDialog


def open_export_dialog(flow: Any) -> ExportDialog:
    """The export dialog over the attempts the home lists (and the one just finished).

    ``flow`` is the study flow (not imported here: it imports this module).
    """
    snapshot = flow.home.snapshot
    listed = snapshot.attempts.values() if snapshot else []
    attempts = {e.attempt.id: e.attempt for entries in listed for e in entries}
    finished, db = flow.finished_attempt_id, flow.controller.db
    if finished is not None and finished not in attempts:
        flow.guard(lambda: attempts.setdefault(finished, db.attempt(finished)))
    names: list[str | None] = []
    entries = list(flow.window.library.entries())
    flow.guard(lambda: names.append(db.student_name))
    dialog = ExportDialog(
        db.path,
        list(attempts.values()),
        flow.preferences,
        flow.controller.now,
        flow.window,
        words=words_by_set(entry.quiz for entry in entries),
        student_name=names[0] if names else None,
        pass_marks={entry.quiz.id: entry.quiz.settings.pass_mark for entry in entries},
    )
    dialog.select_attempt(finished)
    dialog.open()
    return dialog
