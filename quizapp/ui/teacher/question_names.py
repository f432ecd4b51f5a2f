"""A question named as the teacher sees it in the window, for the Moodle reports.

The export report (ui36b) and the import report (polish53) named questions by the id the
file keeps (« classify-5 »), which the window never shows; both now say the question's
number, its kind and the start of its prompt (« question 5 (Classer les affirmations…,
« L'opération… ») »). Notes that repeat one sentence for several questions are said once,
with the count and the questions' numbers (polish53: one per classify question).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from quizapp.model.text import unmatched_marks
from quizapp.sets.catalog import say

PROMPT_START = 40  # characters of a prompt that name its question in the report


def question_name(widget: QWidget, number: int, question: Any) -> str:
    """« question 1 (Classify claims by source, « L’opération… ») »: its number, its kind
    and the start of its prompt in brackets, the prompt's own marks kept and closed where
    the cut leaves one open. Wrapped in quotation marks, a drafted prompt that opens on a
    quotation read as quotes inside quotes (« question 1 “« L’opération… »…” »: ui37)."""
    from quizapp.ui.editor.forms.question_form import type_names

    words = " ".join(question.prompt.split())
    if len(words) > PROMPT_START:
        words = words[:PROMPT_START].rsplit(" ", 1)[0].rstrip(" :;,") + "…"
    kind = type_names(widget).get(question.type, question.type)
    text = QCoreApplication.translate("MoodleExport", "question {0} ({1}, {2})")
    return text.format(number, kind, _closed(words))


def question_names(widget: QWidget, questions: list[Any]) -> dict[str, str]:
    """Each question's id to its name in the window (``question_name``)."""
    return {q.id: question_name(widget, n, q) for n, q in enumerate(questions, 1)}


def _closed(words: str) -> str:
    """The start of a prompt with every quotation mark it opens closed again."""
    for opening, closing in (("«", "»"), ("“", "”")):
        _, still_open = unmatched_marks(words, opening, closing)
        space = "\u00a0" if opening == "«" else ""
        words += (space + closing) * still_open
    return words


def said_once(
    notes: list[tuple[str | None, str]], names: dict[str, str], several: Callable[[list[str]], str]
) -> list[str]:
    """Report lines for ``notes`` as (question id or None, text): one sentence said for
    several questions is one line, in the place of its first, naming them all (``several``
    gives « 3 questions (2, 4, 5) » in the window's words); a line of no question stays."""
    groups: dict[tuple[bool, str], list[str | None]] = {}
    for question_id, text in notes:
        groups.setdefault((question_id is None, text), []).append(question_id)
    lines = []
    for (_, text), ids in groups.items():
        if ids[0] is None:
            lines.append(text)
            continue
        who = names.get(ids[0], ids[0]) if len(ids) == 1 else several(ids)  # type: ignore[arg-type]
        lines.append(say("report_question_line", "{id}: {text}", id=who, text=text))
    return lines
