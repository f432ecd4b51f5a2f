"""The form area of the editor's window: the form of the row chosen in the list (the set's or
a question's), with the strip of its remarks under it.

A form is rebuilt only when the row or the question's shape changes, otherwise its fields are
refreshed in place; a rebuilt form keeps the focused field and the scroll position, so an edit
never throws the teacher to the top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from quizapp.ui.editor.forms.bindings import Binder, focus_field, focused_field_path
from quizapp.ui.editor.forms.notices import NoticeStrip
from quizapp.ui.editor.forms.question_form import QuestionForm, shape
from quizapp.ui.editor.forms.set_form import SetForm
from quizapp.ui.spoken_notice import quiet_for_readers


class FormPane:
    """Mixin of ``EditorWindow`` (a QWidget): it has ``draft``, ``actions``, ``form_area``,
    ``current_question``, ``show_passage_at``, ``_question_data``, ``_highlight`` and
    ``_show_problems``."""

    draft: Any
    actions: Any
    form: SetForm | QuestionForm | None
    form_area: QScrollArea
    notices: NoticeStrip
    current_question: Any
    show_passage_at: Any
    _question_data: Any
    _highlight: Any
    _show_problems: Any

    def _form_column(self) -> QWidget:
        """The form, and under it the strip of its remarks: fixed, so no field ever moves."""
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_area, 1)
        self.notices = NoticeStrip(column)
        layout.addWidget(self.notices)
        return column

    def show_form(self, rebuild: bool = False) -> None:
        """The form of the row chosen in the list: the set's, or a question's."""
        index = self.current_question()
        form = self.form
        wanted = form.binder.focus_next if form is not None else None
        if form is not None:
            form.binder.focus_next = None
        same = (
            form is not None
            and not rebuild
            and (
                isinstance(form, SetForm) and form.still_fits()
                if index is None
                else isinstance(form, QuestionForm)
                and form.index == index
                and form.shape == shape(self._question_data()[index])
            )
        )
        if same:
            form.binder.refresh()
        else:
            self._build_form(index)
        if wanted is not None and self.form is not None:
            self.form.binder.focus_first_under(wanted)
        self._highlight()
        self._show_problems()
        self.actions.update_enabled()

    def _build_form(self, index: int | None) -> None:
        focus_path = focused_field_path(self.form)
        scroll = self.form_area.verticalScrollBar().value()
        with quiet_for_readers(self.form_area):  # one event, not hundreds (a11y45)
            form = self._new_form(index)
            old = self.form
            self.form = form
            self.form_area.setWidget(form)  # deletes the old form
            self._fit_form_area(form)
        if old is not None and old.binder is not None:
            old.binder.deleteLater()
        self.form_area.verticalScrollBar().setValue(scroll)
        if focus_path:
            focus_field(form, focus_path)

    def _new_form(self, index: int | None) -> SetForm | QuestionForm:
        """The set's form (``index`` None) or a question's, its fields bound to the draft and
        its buttons (Try, the passage, the image) wired to the editor's actions."""
        binder = Binder(self.draft, self)
        if index is None:
            form: SetForm | QuestionForm = SetForm(binder)
        else:
            form = QuestionForm(binder, index)
            form.try_requested.connect(self.actions.files.try_question)
            form.show_passage.connect(self.show_passage_at)
            form.image_requested.connect(self.actions.files.choose_image)
        binder.link_buddies(form)
        return form

    def _fit_form_area(self, form: QWidget) -> None:
        """The splitter never squeezes the form under what its fields need (nothing cut off)."""
        bar = self.form_area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.form_area.frameWidth()
        self.form_area.setMinimumWidth(form.minimumSizeHint().width() + bar + frame)
