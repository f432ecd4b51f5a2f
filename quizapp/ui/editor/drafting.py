"""The drafter's review dialog, opened from the editor when it is installed.

The dialog (``draft_review.DraftReviewDialog``, the drafter's own module) proposes questions
from the article; those the teacher accepts come back as model questions and join the set as
one undoable step, with ids made unique in the set.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from quizapp.draft.drafting.questions import label_definitions
from quizapp.model import Label
from quizapp.sets.editing.commands import QUESTION_KEYS, SetValue, question_ids, unique_id

DRAFT_MODULE = "quizapp.ui.draft.draft_review"
translate = QCoreApplication.translate


def set_labels(data: dict) -> list[Label]:
    """The set's labels as models; where the set has none valid yet, the five labels named
    in the set's language (a French set never shows "Named source")."""
    labels = []
    for raw in data.get("labels") or []:
        try:
            labels.append(Label.model_validate(raw))
        except ValueError:
            continue
    language = str(data.get("language") or "fr").split("-")[0].lower()
    defaults = label_definitions(language if language in ("fr", "en") else "en")
    return labels or [Label.model_validate(label) for label in defaults]


def question_data(question: Any, taken: set[str]) -> dict:
    """A model question as the plain data the editor holds: defaults left out, id unique."""
    dumped = question.model_dump(mode="json", exclude_defaults=True)
    dumped["type"] = question.type
    dumped["id"] = unique_id(str(dumped.get("id", "")), taken)
    taken.add(dumped["id"])
    known = [key for key in QUESTION_KEYS if key in dumped]
    return {key: dumped[key] for key in known + [k for k in dumped if k not in known]}


def run_drafter(window: Any, add: Callable[[list[dict], list[SetValue]], None]) -> None:
    """Open the review dialog on the article; add the questions the teacher accepted, with
    the names of their skills, as one undoable step."""
    article = window.draft.get(("article",), {}) or {}
    text = str(article.get("text") or "") if isinstance(article, dict) else ""
    if not text.strip():
        QMessageBox.information(
            window,
            translate("Drafting", "Draft questions"),
            translate("Drafting", "Paste or open the article first."),
        )
        return
    try:
        module = importlib.import_module(DRAFT_MODULE)
    except ImportError:
        QMessageBox.information(
            window,
            translate("Drafting", "Draft questions"),
            translate("Drafting", "The drafter is not part of this version."),
        )
        return
    data = window.draft.data
    dialog = module.DraftReviewDialog(
        text,
        str(data.get("language") or "fr"),
        str(article.get("title") or "") or None,
        set_labels(data),
        window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    taken = question_ids(data)
    questions = [question_data(question, taken) for question in dialog.accepted_questions()]
    add(questions, skill_name_commands(data, dialog.accepted_skill_names()))


def skill_name_commands(data: dict, names: dict[str, dict[str, str]]) -> list[SetValue]:
    """Names for the drafted skills the set does not name yet (its own names are kept), so a
    learner reads "Reconnaître une source anonyme", not "anonymous-source"."""
    have = data.get("tags")
    if not isinstance(have, dict):  # a whole new mapping, so undoing leaves no empty one
        return [SetValue(("tags",), dict(names))] if names else []
    return [SetValue(("tags", tag), name) for tag, name in names.items() if tag not in have]
