"""One question on screen: what to do, the prompt, its picture, the answer widget, feedback.

The quiz and the review both show questions through this page, so a question looks the same
when it is answered and when it is looked at again afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from quizapp.engine import Presented, Response, Verdict
from quizapp.model import Classify, Locate, QuizSet
from quizapp.model.text import find_passage
from quizapp.ui.common import RetranslateOnLanguageChange, plain_label, set_scaled_font
from quizapp.ui.quiz.answers.by_type import AnswerGroup, AnswerWidget, answer_widget_for
from quizapp.ui.quiz.answers.choice_widgets import one_answer
from quizapp.ui.quiz.answers.locate_widget import LocateWidget
from quizapp.ui.quiz.answers.row_widgets import ClassifyWidget, rows_question
from quizapp.ui.quiz.article_pane import ArticlePane, Span
from quizapp.ui.quiz.feedback import FeedbackPanel
from quizapp.ui.quiz.images import load_image
from quizapp.ui.quiz.paired_marks import paired_passage, paired_span
from quizapp.ui.quiz.scroll_keeper import ScrollKeeper

MAX_IMAGE_WIDTH = 420


class QuestionPage(RetranslateOnLanguageChange, QScrollArea):
    """A scrollable page for one presented question, bound to the article pane beside it."""

    changed = Signal()

    def __init__(
        self,
        presented: Presented,
        quiz: QuizSet,
        article: ArticlePane,
        set_dir: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presented = presented
        self._quiz = quiz
        self._article = article
        self._verdict: Verdict | None = None
        self._has_evidence = False
        self._picture: QLabel | None = None
        self._counter = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an unnamed Tab stop is noise to a reader
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self._add_prompt(layout, body, presented)
        self._add_image(layout, body, set_dir)
        self._add_answer(layout, body)
        self.setWidget(body)
        self._keeper = ScrollKeeper(self)
        self._retranslate()
        if isinstance(presented.question, Classify):
            article.mark_paragraph(claims_paragraph(article.article_text, presented.question))

    def _add_prompt(self, layout: QVBoxLayout, body: QWidget, presented: Presented) -> None:
        """The question, readable and selectable from the keyboard, and what to do with it."""
        self._prompt = plain_label(presented.question.prompt, body)
        set_scaled_font(self._prompt, 1.25)
        # Reachable with the keyboard and read by a screen reader (Shift+Tab from the answer)
        self._prompt.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._prompt.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._instruction = plain_label("", body)
        layout.addWidget(self._prompt)
        layout.addWidget(self._instruction)

    def _add_answer(self, layout: QVBoxLayout, body: QWidget) -> None:
        """The question type's answer widget in its named group, then the feedback under it."""
        self.answer_widget: AnswerWidget = answer_widget_for(
            self.presented, self._quiz, self._article, body
        )
        self.answer_widget.changed.connect(self.changed)
        self._answer_group = AnswerGroup(self.answer_widget, body)
        if isinstance(self.answer_widget, ClassifyWidget):
            self.answer_widget.row_activated.connect(self._show_row_passage)
        self.feedback = FeedbackPanel(body)
        layout.addWidget(self._answer_group)
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def _retranslate(self) -> None:
        """The page's own strings, and the verdict's words when one is shown."""
        self._instruction.setText(self._instruction_text())
        self._name_the_question()
        if self._picture is not None:
            self._picture.setAccessibleName(self.tr("Picture of the question"))
        if self._verdict is not None:
            spans = self.evidence_spans()
            notes = self._number_rows(spans)
            self._article.navigator.set_notes([notes.get(span, "") for span in spans])
            self.answer_widget.show_verdict(self._verdict)
            self._show_feedback(self._verdict)

    def set_counter(self, text: str) -> None:
        """ "Question n of N", said with the prompt wherever the question is named."""
        self._counter = text
        self._name_the_question()

    def _name_the_question(self) -> None:
        """The prompt's words, the count and the instruction, where a screen reader meets them.

        The prompt label is named by its own words; the group holding the answer controls
        is named "Question n of N: <prompt> — <instruction>", so a reader entering the
        options hears the question first. A locate answer is given in the
        article, so the article's text carries the question while it is asked.
        """
        prompt = self.presented.question.prompt
        named = self.tr("{0}: {1}").format(self._counter, prompt) if self._counter else prompt
        self._prompt.setAccessibleName(prompt)
        self._prompt.setAccessibleDescription(self._instruction.text())
        # Orca says a group's name, not its description, when the focus enters it
        self._answer_group.setAccessibleName(f"{named} — {self._instruction.text()}")
        self._answer_group.setAccessibleDescription(self._instruction.text())
        if isinstance(self.answer_widget, LocateWidget):
            self._article.set_task(f"{named} — {self._instruction.text()}")

    def focus_chain(self) -> list[QWidget]:
        """The answer's controls in the order Tab should visit them."""
        return [
            widget
            for widget in self.answer_widget.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is self.window()  # not a combo box's list, a popup of its own
        ]

    @property
    def feedback_text(self) -> QWidget:
        return self.feedback.details

    @property
    def prompt_label(self) -> QLabel:
        return self._prompt

    def is_answered(self) -> bool:
        return self.answer_widget.is_answered()

    def response(self) -> Response:
        return self.answer_widget.response()

    def unanswered_count(self) -> int:
        """Claims or quotes left without an answer (0 for the other types)."""
        widget = self.answer_widget
        return widget.unanswered_count() if rows_question(widget) else 0

    def show_answer(self, response: Response, verdict: Verdict) -> None:
        """Show a given answer and its verdict (review): the page opens at its prompt."""
        self._instruction.hide()  # nothing is to be done: "choose an answer" would mislead
        self.answer_widget.set_response(response)
        self.show_verdict(verdict, follow=False)

    def show_verdict(self, verdict: Verdict, follow: bool = True) -> None:
        """Mark every part, explain, highlight the evidence, and bring the feedback in view."""
        spans = self.evidence_spans()
        self._verdict, self._has_evidence = verdict, bool(spans)
        notes = self._number_rows(spans)
        self.answer_widget.show_verdict(verdict)
        chosen = (
            self.answer_widget.chosen_span()
            if isinstance(self.answer_widget, LocateWidget)
            else None
        )
        self._article.highlight(spans, chosen, notes)
        self._show_feedback(verdict)
        if follow:
            self._keeper.follow(self.feedback)

    def _row_spans(self) -> list[list[Span]]:
        """Classify: where each claim's own evidence stands in the article."""
        question = self.presented.question
        if not isinstance(question, Classify):
            return []
        text = self._article.article_text
        found = ([_found(text, passage) for passage in item.evidence] for item in question.items)
        return [[span for span in spans if span is not None] for spans in found]

    def _number_rows(self, spans: list[Span]) -> dict[Span, str]:
        """Give each claim the numbers of its passages, and each passage its claims in words."""
        if not isinstance(self.answer_widget, ClassifyWidget):
            return {}
        rows = self._row_spans()
        self.answer_widget.passage_numbers = [[spans.index(s) + 1 for s in row] for row in rows]
        claims: dict[Span, list[str]] = {}
        for row, row_spans in enumerate(rows):
            for span in row_spans:
                claims.setdefault(span, []).append(str(row + 1))
        return {span: self._claims_note(numbers) for span, numbers in claims.items()}

    def _claims_note(self, numbers: list[str]) -> str:
        if len(numbers) == 1:
            return self.tr("evidence for claim {0}").format(numbers[0])
        return self.tr("evidence for claims {0}").format(", ".join(numbers))

    def _show_row_passage(self, row: int) -> None:
        """After the verdict, a claim clicked or focused shows its own passage."""
        rows = self._row_spans() if self._verdict is not None else []
        if row < len(rows) and rows[row]:
            self._article.navigator.go_to_span(rows[row][0])

    def _show_feedback(self, verdict: Verdict) -> None:
        """The feedback panel, with each mark and each passage also in words (each passage
        with its quotation marks paired, ui35)."""
        text = self._article.article_text
        passages = [paired_passage(text, start, end) for start, end in self.evidence_spans()]
        self.feedback.show_verdict(
            self.presented.question,
            verdict,
            self._has_evidence,
            marks=self._marks(),
            passages=passages,
            language=self._quiz.language,
        )

    def _marks(self) -> list[str]:
        widget = self.answer_widget
        if rows_question(widget):
            return widget.marks_tally()
        return widget.answer_lines() if one_answer(widget) else widget.marks_summary()

    def evidence_spans(self) -> list[Span]:
        """Where the question's evidence (and locate answer) stands in the article."""
        question = self.presented.question
        passages = list(question.evidence)
        if isinstance(question, Classify):
            passages += [p for item in question.items for p in item.evidence]
        if isinstance(question, Locate):
            passages += question.answer
        text = self._article.article_text
        found = (_found(text, passage) for passage in passages)
        return sorted({span for span in found if span is not None})

    def focus_first(self) -> None:
        self.answer_widget.focus_first()

    def _add_image(self, layout: QVBoxLayout, parent: QWidget, set_dir: Path | None) -> None:
        image = self.presented.question.image
        pixmap = load_image(set_dir, image) if image and set_dir else None
        if pixmap is None:
            return
        if pixmap.width() > MAX_IMAGE_WIDTH:
            pixmap = pixmap.scaledToWidth(
                MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
        picture = self._picture = QLabel(parent)
        picture.setPixmap(pixmap)
        layout.addWidget(picture)

    def _instruction_text(self) -> str:
        instructions = {
            "single_choice": self.tr("Choose one answer (number keys work too)."),
            "multiple_choice": self.tr("Tick every right answer (number keys toggle them)."),
            "true_false": self.tr("Is this statement true or false? (1 = true, 2 = false)"),
            "classify": self.tr(
                "Say where each claim comes from: pick a label for each row "
                "(on a focused row, type the label's number)."
            ),
            # what is matched to what is the prompt's; no left and right (student54)
            "match": self.tr(
                "Give each row one of the choices (on a focused row, type the choice's number)."
            ),
            "locate": self.tr("Find the passage in the article on the right."),
        }
        return instructions[self.presented.question.type]


def claims_paragraph(text: str, question: Classify) -> Span | None:
    """The one paragraph (a line of the text) that holds every claim of ``question`` found in
    the article, by its evidence or its own words; None when they spread over several."""
    found = [
        find_passage(text, passage)
        for item in question.items
        for passage in (*item.evidence, item.claim)
    ]
    paragraphs = {_line_around(text, span) for span in found if span is not None}
    return paragraphs.pop() if len(paragraphs) == 1 else None


def _line_around(text: str, span: Span) -> Span:
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end < 0 else end


def _found(text: str, passage: str) -> Span | None:
    """Where ``passage`` stands in ``text``, widened so its quotation marks pair: a passage
    cut after « was highlighted without the mark that opens it (ui35)."""
    span = find_passage(text, passage)
    return None if span is None else paired_span(text, *span)
