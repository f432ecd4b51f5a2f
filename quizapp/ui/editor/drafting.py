"""The drafter's review dialog, opened from the editor when it is installed.

The dialog (``draft_review.DraftReviewDialog``, the drafter's own module) proposes questions
from the article; those the teacher accepts come back as model questions and join the set as
one undoable step, with ids made unique in the set.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from quizapp.draft.drafting.options import capitalised
from quizapp.draft.drafting.questions import label_definitions
from quizapp.model import Label
from quizapp.model.quizset import primary
from quizapp.model.text import overlap
from quizapp.sets.editing.commands import (
    QUESTION_KEYS,
    Batch,
    SetValue,
    question_ids,
    unique_id,
)
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.ui.editor.forms.set_language import language_commands, language_name

DRAFT_MODULE = "quizapp.ui.draft.draft_review"
translate = QCoreApplication.translate


class DraftingWindow(Protocol):
    """What drafting uses of the editor's window (``window.EditorWindow``), which imports this
    module's callers: naming the class here would close an import cycle (tidy54)."""

    @property
    def draft(self) -> SetDraft:
        """The set being edited: the article read, the drafted questions added."""
        ...

    @property
    def questions(self) -> QWidget:
        """The question list, given the keys once questions are added."""
        ...

    def activateWindow(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget:
        """The editor's window as a widget, the parent of the review dialog and of a message:
        a main window is its own (``QWidget.window``)."""
        ...


def set_labels(data: dict) -> list[Label]:
    """The set's labels as models; where the set has none valid yet, the five labels named
    in the set's language (a French set never shows "Named source")."""
    labels = []
    for raw in data.get("labels") or []:
        try:
            labels.append(Label.model_validate(raw))
        except ValueError:
            continue
    language = primary(data.get("language") or "fr")
    defaults = label_definitions(language if language in ("fr", "en") else "en")
    return labels or [Label.model_validate(label) for label in defaults]


def ids_and_types(data: dict) -> set[tuple[str, str]]:
    """(id, type) of the set's questions: the review marks a proposal already in the set."""
    questions = data.get("questions")
    listed = questions if isinstance(questions, list) else []
    return {(str(q.get("id")), str(q.get("type"))) for q in listed if isinstance(q, dict)}


def question_data(question: Any, taken: set[str]) -> dict:
    """A model question as the plain data the editor holds: defaults left out, id unique."""
    dumped = question.model_dump(mode="json", exclude_defaults=True)
    dumped["type"] = question.type
    dumped["id"] = unique_id(str(dumped.get("id", "")), taken)
    taken.add(dumped["id"])
    known = [key for key in QUESTION_KEYS if key in dumped]
    return {key: dumped[key] for key in known + [k for k in dumped if k not in known]}


def run_drafter(window: DraftingWindow, add: Callable[[list[dict], list[SetValue]], None]) -> None:
    """Open the review dialog on the article; add the questions the teacher accepted, with
    the names of their skills, as one undoable step."""
    article = window.draft.get(("article",), {}) or {}
    text = str(article.get("text") or "") if isinstance(article, dict) else ""
    if not text.strip():
        _tell(window, translate("Drafting", "Paste or open the article first."))
        return
    module = _draft_module(window)
    if module is None:
        return
    language = _take_article_language(window, text)
    data = window.draft.data
    dialog = module.DraftReviewDialog(
        text,
        language,
        str(article.get("title") or "") or None,
        set_labels(data),
        window.window(),
        in_set=ids_and_types(data),
    )
    reviewed = _reviewed(dialog)
    window.activateWindow()  # the keys come back to the editor, whatever the window manager
    if reviewed is not None:
        _add_reviewed(window, add, data, reviewed)


def _tell(window: DraftingWindow, message: str) -> None:
    """Why the drafter does not open, under the title of the action the teacher chose."""
    QMessageBox.information(window.window(), translate("Drafting", "Draft questions"), message)


def _draft_module(window: DraftingWindow) -> Any | None:
    """The review dialog's module, imported on first use: a build without the drafter lacks
    it, and the teacher is told so rather than shown an error."""
    try:
        return importlib.import_module(DRAFT_MODULE)
    except ImportError:
        _tell(window, translate("Drafting", "The drafter is not part of this version."))
        return None


def _take_article_language(window: DraftingWindow, text: str) -> str:
    """The article's language; a set with no question yet takes it as one undoable step, and
    the status bar says why its language changed."""
    language, commands = article_language(window.draft.data, text)
    if commands:
        window.draft.apply(Batch(commands, text=translate("Drafting", "Language of the article")))
        say_language(window, language)
    return language


def _add_reviewed(
    window: DraftingWindow,
    add: Callable[[list[dict], list[SetValue]], None],
    data: dict,
    reviewed: tuple[list, dict[str, dict[str, str]]],
) -> None:
    """Add the accepted questions (ids made unique in the set) with their skills' names, then
    put the keys on the question list so the arrows go through the added questions next."""
    taken = question_ids(data)
    questions = [question_data(question, taken) for question in reviewed[0]]
    add(questions, skill_name_commands(data, reviewed[1]))
    if questions:  # the first added question is selected: the arrows go through them next
        window.questions.setFocus(Qt.FocusReason.OtherFocusReason)


def _reviewed(dialog: Any) -> tuple[list, dict[str, dict[str, str]]] | None:
    """The questions and skill names the teacher accepted (None if she cancelled); the
    dialog is then deleted at once, here, on the GUI thread. Python owns it: left to the
    cyclic garbage collector, it was deleted whenever a collection ran, at times in the
    checker's worker thread, and the app crashed after "Add accepted questions" (teacher11
    walk-through, about one time in three)."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_questions(), dialog.accepted_skill_names()
    finally:
        shiboken6.delete(dialog)


def article_language(data: dict, text: str) -> tuple[str, list[SetValue]]:
    """The article's language, the one the drafter must read it in, and the changes that make
    it the set's when the set has no question yet (a new set takes the interface's language,
    whatever the article's)."""
    from quizapp.draft.drafting.draft_set import guess_language  # the drafter, on first use

    language = guess_language(text)
    if primary(data.get("language")) == language or data.get("questions"):
        return language, []
    return language, language_commands(data, language)


def say_language(window: DraftingWindow, language: str) -> None:
    """Tell the teacher why the set's language changed under her eyes."""
    window.statusBar().showMessage(
        translate("Drafting", "The set is now in {0}, the language of the article.").format(
            language_name(language)
        ),
        10000,
    )


def say_outlet(window: DraftingWindow, outlet: str) -> None:
    """Tell the teacher the outlet came from the paste (its byline or publication line), after
    what the status line already says of the paste (the set's language), so both are read."""
    said = window.statusBar().currentMessage()
    note = translate("Drafting", "News outlet taken from the article: {0}.").format(outlet)
    window.statusBar().showMessage(f"{said} {note}".strip(), 10000)


def untyped(article: Any, typed: Any) -> Any:
    """``article`` without the headline and outlet the teacher already typed: hers stay."""
    typed = typed if isinstance(typed, dict) else {}
    keep = {key: "" for key in ("title", "outlet") if str(typed.get(key) or "").strip()}
    return replace(article, **keep)


def skill_name_commands(data: dict, names: dict[str, dict[str, str]]) -> list[SetValue]:
    """Names for the drafted skills the set does not name yet (its own names are kept), so a
    learner reads "Reconnaître une source anonyme", not "anonymous-source"."""
    have = data.get("tags")
    if not isinstance(have, dict):  # a whole new mapping, so undoing leaves no empty one
        return [SetValue(("tags",), dict(names))] if names else []
    return [SetValue(("tags", tag), name) for tag, name in names.items() if tag not in have]


def who_said_parts(data: dict, passage: str) -> tuple[str, str | None, list[str]]:
    """For a « who said this? » question on ``passage`` (a selection of the set's article):
    the words to quote, who said them if the drafter knows, and the article's speakers.

    The quoted words are the statement alone, never its speaker and verb: a prompt « Qui dit
    « Le ministère avance… » ? » would give its own answer. Where the drafter finds no
    statement in the selection, the speakers it names there are left out as « … »."""
    from quizapp.draft.analysis import analyze
    from quizapp.draft.text.article_bound import drafted_part

    article = data.get("article") if isinstance(data.get("article"), dict) else {}
    text, title = str(article.get("text") or ""), article.get("title")
    start = text.find(passage)
    if not passage or start < 0:
        return passage, None, []
    language = primary(data.get("language") or "fr")
    drafted = drafted_part(text)  # a passage past the drafter's bound gets no speaker (long55)
    found = analyze(drafted, language if language in ("fr", "en") else "en", title or None)
    chosen = (start, start + len(passage))
    speakers = list(dict.fromkeys(s.speaker for s in found.speakers if s.speaker))
    said = max(found.attributions, key=lambda a: overlap(a.content, chosen), default=None)
    if said is not None and overlap(said.content, chosen) > 0:
        inner = (max(said.content[0], chosen[0]), min(said.content[1], chosen[1]))
        return found.passage(inner), said.speaker, speakers
    mentions = sorted(m for s in found.speakers for m in s.mentions if overlap(m, chosen) > 0)
    for left, right in reversed(mentions):  # from the end, so earlier places stay right
        left, right = max(left, chosen[0]) - start, min(right, chosen[1]) - start
        passage = passage[:left] + "…" + passage[right:]
    return passage, None, speakers


def who_said_options(right: str | None, speakers: list[str], most: int = 4) -> list[dict]:
    """The answers: the speaker who said it (if known) and others of the article, each
    opening on a capital as the drafter writes its own options (``options.capitalised``, one
    rule for both: a brand such as « eBay » keeps its case); none ticked when the speaker is
    unknown."""
    others = [s for s in speakers if s != right]
    names = ([right] if right else []) + others[: most - (1 if right else 0)]
    return [{"text": capitalised(n), "correct": n == right} for n in names]
