"""The set editor's window: the article, the list of questions, and the form of the one chosen.

Everything the teacher does goes through the set being edited (``SetDraft``) as undoable
commands; the window listens to its changes and redraws what they touch. Live checking runs
in the background on the text Save would write; its problems go to the fields, the list and
the status bar (``problem_display``). File handling and recovery live in ``files``; what the
menus do with the questions and a selection of the article lives in ``actions``; the form of
the chosen row in ``forms.form_pane``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import Command
from quizapp.sets.editing.live_check import FieldProblem
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.sets.editing.touched import passages_of, paths_set, questions_touched, touches_order
from quizapp.ui.common import plain_label
from quizapp.ui.editor.actions import EditorActions
from quizapp.ui.editor.article_panel import ArticlePanel
from quizapp.ui.editor.checking.checker import LiveChecker
from quizapp.ui.editor.checking.field_mark import GoneToMark
from quizapp.ui.editor.checking.problem_display import ProblemDisplay
from quizapp.ui.editor.checking.status_line import StatusLine
from quizapp.ui.editor.checking.wording import to_fill, waiting_places
from quizapp.ui.editor.disk.disk_notice import DiskNotice
from quizapp.ui.editor.disk.files import EditorFiles
from quizapp.ui.editor.forms.bindings import Binder
from quizapp.ui.editor.forms.form_pane import FormPane
from quizapp.ui.editor.forms.question_form import QuestionForm, type_names
from quizapp.ui.editor.forms.set_form import SetForm
from quizapp.ui.editor.question_list import QuestionList
from quizapp.ui.editor.undo_keys import FieldUndoRouter

UNSAVED_NAME = "new-set.quiz.yaml"


class EditorWindow(FormPane, ProblemDisplay, QMainWindow):
    """Edits one set; ``path`` None means never saved (a new set, or a built-in's copy)."""

    def __init__(
        self,
        settings: QSettings,
        data_folder: Path,
        draft: SetDraft,
        path: Path | None = None,
        original: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings, self.draft = settings, draft
        self.files = EditorFiles(draft, data_folder, path, original, self)
        self.files.changed_on_disk.connect(lambda: self.disk_notice.setVisible(True))
        self.checker = LiveChecker(draft, self._check_place, self)
        self.checker.checked.connect(self._on_checked)
        self._build_panes(draft)
        self.passage_target: tuple | None = None
        self.touched: set[tuple] = set()  # fields changed in this window
        self._shown_once = False
        self.reveal_all = draft.get(("questions",), []) != []  # an opened set: show it all
        self.actions = EditorActions(self)
        self._build_layout()
        self.gone_to = GoneToMark(self)
        self.notices.go_to.connect(self.go_to_field)
        self.actions.build_menus()
        self.draft.subscribe(self._on_change)
        QApplication.instance().focusChanged.connect(self._on_focus)
        self.undo_keys = FieldUndoRouter(self)
        self.questions.fill(str(draft.get(("title",), "")), self._question_data())
        self.questions.setCurrentRow(0)
        self._fit_screen()
        self._update_title()
        self.checker.schedule()

    def _build_panes(self, draft: SetDraft) -> None:
        """The article, the list of questions, and the area where the chosen form shows."""
        self.panel_binder = Binder(draft, self)
        self.article = ArticlePanel(self.panel_binder, self)
        self.questions = QuestionList(self)
        self.questions.set_type_words(type_names(self))
        self.questions.currentRowChanged.connect(lambda _row: self.show_form())
        self.questions.setAccessibleName(self.tr("Questions"))
        self.form: SetForm | QuestionForm | None = None
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # ----- layout -----------------------------------------------------------------------------

    def _fit_screen(self) -> None:
        """1280x800 at most, and never more than the screen shows (a 1366x768 laptop)."""
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(1280, room.width() * 95 // 100) if room is not None else 1280
        height = min(800, room.height() * 92 // 100) if room is not None else 800
        self.resize(width, height)

    def _build_layout(self) -> None:
        self.disk_notice = DiskNotice(self)
        self.disk_notice.reload_button.clicked.connect(self.actions.files.reload_from_disk)
        self.reload_button = self.disk_notice.reload_button
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        self.list_heading = plain_label("", middle)
        middle_layout.addWidget(self.list_heading)
        middle_layout.addWidget(self.questions, 1)
        middle_layout.addLayout(self.actions.list_buttons(middle))
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.article, middle, self._form_column()):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setCollapsible(1, True)  # the list can be folded away on a small screen
        splitter.setSizes([430, 290, 560])
        splitter.setStretchFactor(2, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.disk_notice)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.summary)
        self.status_line = StatusLine(self, self.summary)  # a message whole, then the summary
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        """The three panes share the window's width at first: the form gets the most."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 34 // 100, width * 22 // 100, width * 44 // 100])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.actions.retranslate()
            self.questions.set_type_words(type_names(self))
            # the list's rows and the status line are words too: drawn again in the new language
            self.questions.fill(str(self.draft.get(("title",), "")), self._question_data())
            self._on_checked(self.checker.problems, self.checker.revision)
            self.checker.schedule()  # the problems themselves, in the new language
            self.show_form(rebuild=True)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list_heading.setText(self.tr("The set and its questions"))
        # Tab stops on the scroll area around the form: unnamed, a screen reader said
        # « panel » alone there (a11y43, read over AT-SPI)
        self.form_area.setAccessibleName(self.tr("Form of the selected row"))
        self._update_title()

    def _update_title(self) -> None:
        title = str(self.draft.get(("title",), "")) or self.tr("New set")
        where = self.files.path.name if self.files.path else self.tr("not saved yet")
        mark = "*" if self.draft.modified else ""
        self.setWindowTitle(self.tr("Set editor — {0} ({1}){2}").format(title, where, mark))

    # ----- the data and its forms -------------------------------------------------------------

    def _question_data(self) -> list[Any]:
        questions = self.draft.get(("questions",), [])
        return questions if isinstance(questions, list) else []

    def current_question(self) -> int | None:
        index = self.questions.question_index()
        return index if index is not None and index < len(self._question_data()) else None

    def _on_change(self, command: Command) -> None:
        self.touched |= paths_set(command)
        questions = self._question_data()
        if len(questions) != self.questions.count() - 1 or touches_order(command):
            self.questions.fill(str(self.draft.get(("title",), "")), questions)
        else:
            for index in questions_touched(command, len(questions)):
                self.questions.update_row(index, questions[index])
            self.questions.update_set_row(str(self.draft.get(("title",), "")))
        self.panel_binder.refresh()
        self.show_form()
        self.actions.update_enabled()
        self._update_title()
        self.checker.schedule()

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember the passage list the teacher worked in last: "Use as evidence" adds there."""
        from quizapp.ui.editor.forms.rows import RowList

        widget = new
        while widget is not None and widget is not self.form:
            if isinstance(widget, RowList) and widget.path[-1] in ("evidence", "answer"):
                self.passage_target = widget.path
                return
            widget = widget.parentWidget()

    def _highlight(self) -> None:
        index = self.current_question()
        question = None if index is None else self._question_data()[index]
        self.article.highlight(passages_of(question))  # none for the set's own form

    def show_passage_at(self, path: tuple) -> None:
        passage = self.draft.get(path, "")
        if not self.article.show_passage(str(passage)):
            self.statusBar().showMessage(
                self.tr("This passage is not in the article's text."), 6000
            )

    # ----- checking ---------------------------------------------------------------------------

    def summary_text(self, problems: list[FieldProblem], shown: list[FieldProblem]) -> str:
        """The status line: errors to fix, fields still to fill in, or ready; suggestions."""
        to_fix = sum(not p.warning for p in shown)
        waiting = to_fill([p for p in problems if not p.warning and p not in shown])
        warnings = sum(p.warning for p in problems)
        if to_fix:
            text = self.tr("%n problem(s) to fix before the set can be used", "", to_fix)
        elif waiting:
            text = self.tr("%n field(s) still to fill in", "", len(waiting))
            places = waiting_places(waiting)
            if places:
                text = self.tr("{count}: {places}").format(count=text, places=", ".join(places))
        else:
            text = self._ready_text()
        if warnings:
            text += " · " + self.tr("%n suggestion(s)", "", warnings)
        return text

    def _ready_text(self) -> str:
        """Ready, unless drafted questions are still to review: then ready to try, and which
        to review before handing it out (ui39: « ready to be handed out » was said of a set
        whose drafts no one had read)."""
        from quizapp.sets.unreviewed import unreviewed_numbers

        numbers = unreviewed_numbers(self._question_data())
        if not numbers:
            return self.tr(
                "No problem: the set is ready to be tried and handed out (File > Hand out "
                "to students…)"
            )
        text = self.tr("No problem; to review before handing it out: %n question(s), {0}", "",
                       len(numbers))  # fmt: skip
        return text.format(", ".join(str(number) for number in numbers))

    def _check_place(self) -> tuple[Path, str | None, bool]:
        path = self.files.path
        if path is None:
            return Path.cwd() / UNSAVED_NAME, self.files.original, False
        return path, self.files.original, True

    # ----- files ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.draft.modified and not self.actions.files.ask_to_save():
            event.ignore()
            return
        self.files.closed_on_purpose()
        self.checker.stop()
        QApplication.instance().focusChanged.disconnect(self._on_focus)
        self.undo_keys.stop()
        super().closeEvent(event)
