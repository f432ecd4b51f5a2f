"""Where the live check's problems show in the editor's window: at their fields, in the
question list (icon and words) and in the status line's summary.

An empty field the teacher has not reached yet is not called a problem until the set is saved
or tried, so a new set does not open as a wall of errors; a set opened from a file shows
everything at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from quizapp.sets.editing.live_check import FieldProblem
from quizapp.ui.editor.checking.checker import problems_under
from quizapp.ui.editor.forms.notices import placed_line
from quizapp.ui.editor.forms.question_form import QuestionForm
from quizapp.ui.editor.forms.set_form import SetForm


class ProblemDisplay:
    """Mixin of ``EditorWindow``: it has ``checker``, ``draft``, ``touched``, ``reveal_all``,
    ``questions``, ``form``, ``panel_binder``, ``notices``, ``summary`` and ``summary_text``
    (whose words are translated in the window's own context), ``form_area`` and ``gone_to``
    (the mark on the field a remark was activated for)."""

    checker: Any
    draft: Any
    touched: set[tuple]
    reveal_all: bool
    questions: Any
    form: Any
    panel_binder: Any
    notices: Any
    summary: Any
    summary_text: Any
    article: Any
    form_area: Any
    gone_to: Any  # field_mark.GoneToMark
    statusBar: Any

    def visible_problems(self) -> list[FieldProblem]:
        """The problems shown: an untouched empty field waits until the set is saved or tried."""
        if self.reveal_all:
            return self.checker.problems
        return [p for p in self.checker.problems if not self._untouched_empty(p.path)]

    def _untouched_empty(self, path: tuple) -> bool:
        value = self.draft.get(path, None)
        empty = value is None or value == "" or value == []
        return empty and not any(path[: len(t)] == t for t in self.touched)

    def _on_checked(self, problems: list[FieldProblem], _revision: int) -> None:
        shown = self.visible_problems()
        title = str(self.draft.get(("title",), ""))
        questions = self.draft.get(("questions",), [])
        self.questions.set_problems(shown, questions if isinstance(questions, list) else [], title)
        self._show_problems()
        self.summary.setText(self.summary_text(problems, shown))

    def reveal_problems(self) -> None:
        """Show every problem from now on (the set was saved or tried)."""
        self.reveal_all = True
        self._on_checked(self.checker.problems, self.checker.revision)

    def _show_problems(self) -> None:
        """Fields marked where they are; every remark in words in the strip under the form."""
        problems = self.visible_problems()
        placed: list = []
        if isinstance(self.form, QuestionForm):
            placed = self.form.show_problems(problems_under(problems, self.form.path))
        elif isinstance(self.form, SetForm):
            placed = self.form.show_problems(
                [p for p in problems if p.question is None and p.path[:1] != ("article",)]
            )
        article = [p for p in problems if p.path[:1] == ("article",)]
        placed += self.panel_binder.show_problems(article)
        self.notices.show_lines(
            [placed_line(field, p) for field, p in placed],
            [placed_line(field, p, tip=True) for field, p in placed],
            [p.path if field else None for field, p in placed],
        )

    def go_to_field(self, path: tuple) -> bool:
        """A remark activated in the strip: the keyboard and a frame on its field, scrolled
        into view, and the field named in the status line (ui37)."""
        binders = [self.panel_binder, getattr(self.form, "binder", None)]
        found = [b for binder in binders if binder for b in binder.bound if b.path == path]
        if not found or not found[0].widget.isVisible():
            return False
        widget = found[0].widget
        if self.form_area.isAncestorOf(widget):
            self.form_area.ensureWidgetVisible(widget)
        self.gone_to.mark(widget)
        words = QCoreApplication.translate("EditorNotices", "In the field “{0}”.")
        self.statusBar().showMessage(words.format(widget.accessibleName()), 8000)
        return True

    def focus_first_problem(self, problems: list[FieldProblem] | None = None) -> bool:
        """Put the cursor in the first field on screen that holds an error (the article's
        details, or the form shown): a teacher told « Saved. 1 problem is left to fix »
        types the fix at once (teacher13: the empty « Média » had no key that reached it)."""
        binders = [self.panel_binder, getattr(self.form, "binder", None)]
        fields = {b.path: b.widget for binder in binders if binder for b in binder.bound}
        for problem in self.visible_problems() if problems is None else problems:
            widget = fields.get(problem.path)
            if not problem.warning and widget is not None and widget.isVisible():
                widget.setFocus()
                return True
        return False

    def focus_after_article(self) -> None:
        """After an article is opened, the keyboard goes where she goes next: the first field
        still empty or wrong (« Média »), else « Draft questions… » when the drafter is there,
        else the article's text. It stayed on « Open a file… », and the space of « La Gazette »
        reopened the file dialog (ui36's walk-through, ui36b)."""
        if self.focus_first_problem([p for p in self.checker.check_now() if not p.warning]):
            return
        draft = self.article.draft_button
        (draft if draft.isVisibleTo(self.article) else self.article.text).setFocus()
