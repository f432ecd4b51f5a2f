"""What a selection of the article becomes in the editor: a "who said this?" question, a
claim of a classify question, a passage to locate, or evidence of the question shown.

A mixin of ``EditorActions`` (the article pane's « use the selection » requests), moved out
of actions.py when the editor's menus grew past 300 lines (ui37). Its words keep the
« EditorActions » translation context, so the catalogues did not move.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from quizapp.sets.editing import new_questions as make
from quizapp.sets.editing.commands import InsertItem
from quizapp.ui.editor.forms.rows import _as_list_then

translate = QCoreApplication.translate


class SelectionUse:
    """Mixin of ``EditorActions``: it has ``window`` and ``_insert`` (a new question put
    after the one shown, selected, its prompt focused)."""

    window: Any
    _insert: Any

    def use_selection(self, action: str, text: str) -> None:
        w = self.window
        passage = make.tidy_passage(text)
        index = w.current_question()
        question = w._question_data()[index] if index is not None else {}
        kind = question.get("type") if isinstance(question, dict) else None
        if action == "who":
            self._insert(self._who_said(passage))
        elif action == "classify" and kind == "classify":
            self._add_claim(index, question, passage)
        elif action == "classify":
            prompt = translate("EditorActions", "Where does each claim come from?")
            self._insert(make.classify_from_sentence(w.draft.data, passage, prompt))
        elif action == "locate" and kind == "locate":
            self._add_passage(("questions", index, "answer"), passage)
        elif action == "locate":
            self._insert(make.locate_from_passage(w.draft.data, passage, ""))
        elif action == "evidence" and index is not None:
            self._add_evidence(index, passage)
        elif action == "evidence":
            w.statusBar().showMessage(
                translate("EditorActions", "Choose a question first, then add evidence."), 6000
            )

    def _who_said(self, passage: str) -> dict:
        """« Who says … ? » on the statement alone (its speaker left out of the prompt), the
        article's speakers as answers, the one who said it ticked when the drafter knows."""
        from quizapp.ui.editor.drafting import who_said_options, who_said_parts

        data = self.window.draft.data
        quote, right, speakers = who_said_parts(data, passage)
        prompt = translate("EditorActions", "Who says “{0}”?").format(make.bare_quote(quote))
        question = make.who_said_from_quote(data, passage, prompt)
        if speakers:
            question["options"] = who_said_options(right, speakers)
        return question

    def _add_claim(self, index: int, question: dict, passage: str) -> None:
        """The selection as one more claim of the classify question ``index``, unlabelled."""
        items = question.get("items") or []
        item = {
            "claim": passage,
            "label": make.NO_LABEL,  # the teacher picks it: a guess would ship wrong keys
            "evidence": [passage],
        }
        self.window.draft.apply(InsertItem(("questions", index, "items"), len(items), item))

    def _add_evidence(self, index: int, passage: str) -> None:
        """The selection as evidence of question ``index``: in the evidence list worked in
        last when it is this question's, else in the question's own evidence."""
        target = self.window.passage_target
        if target is None or target[:2] != ("questions", index) or target[-1] != "evidence":
            target = ("questions", index, "evidence")
        self._add_passage(target, passage)

    def _add_passage(self, path: tuple, passage: str) -> None:
        w = self.window
        current = w.draft.get(path, [])
        count = 1 if isinstance(current, str) else len(current) if isinstance(current, list) else 0
        command = InsertItem(
            path, count, passage, text=translate("EditorActions", "Use as evidence")
        )
        w.draft.apply(_as_list_then(w.panel_binder, path, command))
