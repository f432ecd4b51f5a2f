"""The main window: opening files (good, broken, dropped, recent), untrusted text, whole runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.engine.keys import correct_response, next_label, wrong_response
from quizapp.model import Classify, QuizSet
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.quiz.review_view import ReviewView
from quizapp.ui.shell.main_window import MainWindow

Loader = Callable[[Path], QuizSet]
BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, loader: Loader) -> MainWindow:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    return main


def _write(path: Path, data: Any) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    return path


def _error_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_broken_file_shows_its_messages_and_the_app_goes_on(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, small_set_file: Path, small_data: dict
) -> None:
    del small_data["questions"][0]["options"][0]["correct"]  # no right option left
    small_data["title"] = ""
    broken = _write(tmp_path / "broken.quiz.yaml", small_data)
    assert window.open_path(broken) is None
    boxes = _error_boxes(window)
    assert len(boxes) == 1
    shown = boxes[0].text()
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert f"{broken}:" in shown  # path:line:col: message, one line per problem
    assert len([line for line in shown.splitlines() if line.startswith(str(broken))]) >= 1
    assert "'Title of the set' must not be empty" in shown  # a field: as the form names it
    assert len(boxes[0].detailedText().splitlines()) >= 2
    assert window.library.entries() == []
    boxes[0].close()
    entry = window.open_path(small_set_file)  # still usable
    assert entry is not None and window.library.selected() == entry
    window.library.start_button.click()
    assert isinstance(window.stack.currentWidget(), QuizView)


def test_missing_file_is_reported_too(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(tmp_path / "nowhere.quiz.yaml") is None
    assert len(_error_boxes(window)) == 1


def test_recent_files_are_remembered(
    qtbot: QtBot, settings: QSettings, loader: Loader, small_set_file: Path
) -> None:
    first = MainWindow(settings, loader)
    qtbot.addWidget(first)
    first.open_path(small_set_file)
    settings.sync()
    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), loader)
    qtbot.addWidget(again)
    assert again.recent_files() == [small_set_file.resolve()]
    actions = again._recent_menu.actions()
    assert [a.text() for a in actions] == [str(small_set_file.resolve())]
    with qtbot.waitSignal(again.files.finished):
        actions[0].trigger()
    assert [e.path for e in again.library.entries()] == [small_set_file.resolve()]


def test_dropping_a_file_opens_it(qtbot: QtBot, window: MainWindow, small_set_file: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(small_set_file))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.files.finished):
        window.dropEvent(event)
    assert [entry.path for entry in window.library.entries()] == [small_set_file]


def test_markup_in_a_file_is_shown_literally(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, small_data: dict
) -> None:
    markup = 'Qui parle ? <b>gras</b> <img src="https://example.org/x.png">'
    small_data["questions"][0]["prompt"] = markup
    small_data["questions"][0]["options"][1]["text"] = "<i>Sam</i> Altman"
    small_data["title"] = "<h1>Titre</h1>"
    small_data["article"]["text"] += '\n<b>Gras</b> <img src="https://example.org/y.png">'
    entry = window.open_path(_write(tmp_path / "markup.quiz.yaml", small_data))
    view = window.start_quiz(entry)
    prompt = view.page.prompt_label
    assert prompt.text() == markup
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    labels = {label.text(): label for label in view.findChildren(QLabel)}
    assert labels["<i>Sam</i> Altman"].textFormat() == Qt.TextFormat.PlainText
    assert labels["<h1>Titre</h1>"].textFormat() == Qt.TextFormat.PlainText
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText
        for label in view.findChildren(QLabel)
        if "<" in label.text()
    )
    assert window.library.tree.topLevelItem(0).text(0) == "<h1>Titre</h1>"
    assert view.article.text_view.toPlainText() == entry.quiz.article.text
    assert "<b>Gras</b>" in view.article.text_view.toPlainText()


def _answer_all(qtbot: QtBot, window: MainWindow, view: QuizView, right: bool) -> ResultsView:
    """Answer every question through the widgets, checking each and moving on."""
    quiz = view.session.quiz
    while isinstance(window.stack.currentWidget(), QuizView):
        question = view.session.current.question
        make = correct_response if right else wrong_response
        view.page.answer_widget.set_response(make(question, quiz))
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
        if right:
            assert "Right" in view.page.feedback.headline
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    return results


@pytest.fixture
def builtin_entry(window: MainWindow):
    if not BUILTIN.exists():
        pytest.skip("the built-in set is not written yet")
    return window.open_path(BUILTIN)


def test_builtin_set_all_right_through_the_window(
    qtbot: QtBot, window: MainWindow, builtin_entry
) -> None:
    results = _answer_all(qtbot, window, window.start_quiz(builtin_entry), right=True)
    assert window.session.results().score == 1.0
    assert not results.review_button.isEnabled()
    assert "every claim" in results.confusion_sentence()


def test_builtin_set_all_wrong_through_the_window(
    qtbot: QtBot, window: MainWindow, builtin_entry
) -> None:
    results = _answer_all(qtbot, window, window.start_quiz(builtin_entry), right=False)
    engine_results = window.session.results()
    assert engine_results.score == 0.0
    table = results.findChild(QTableWidget, "confusion_matrix")
    assert table is not None
    quiz = builtin_entry.quiz
    expected = Counter(
        (item.label, next_label(quiz, item.label))
        for question in quiz.questions
        if isinstance(question, Classify)
        for item in question.items
    )
    ids = [label.id for label in quiz.labels]
    for row, truth in enumerate(ids):
        for col, chosen in enumerate(ids):
            count = expected.get((truth, chosen), 0)
            cell = table.item(row, col).text()
            assert cell == (f"{count} ✘" if count else ""), (truth, chosen)
    assert results.missed.count() == len(builtin_entry.quiz.questions)
    assert "taken for" in results.confusion_sentence()


def test_review_walks_through_the_missed_questions(
    qtbot: QtBot, window: MainWindow, small_set_file: Path
) -> None:
    entry = window.open_path(small_set_file)
    results = _answer_all(qtbot, window, window.start_quiz(entry), right=False)
    qtbot.mouseClick(results.review_button, Qt.MouseButton.LeftButton)
    review = window.stack.currentWidget()
    assert isinstance(review, ReviewView)
    seen = [review.current_id]
    while review.next_button.isEnabled():
        qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
        seen.append(review.current_id)
        assert review.page.feedback.isVisibleTo(review.page)
    assert seen == list(window.session.results().missed)
    assert review.article.highlighted_spans()  # the last one (locate) highlights its answer
    review.back_requested.emit()
    assert isinstance(window.stack.currentWidget(), ResultsView)


def test_feedback_highlights_the_evidence_in_the_article(
    qtbot: QtBot, window: MainWindow, small_set_file: Path
) -> None:
    entry = window.open_path(small_set_file)
    view = window.start_quiz(entry)
    view.page.answer_widget.set_response(
        correct_response(view.session.current.question, entry.quiz)
    )
    view.check_button.click()
    spans = view.article.highlighted_spans()
    text = entry.quiz.article.text
    assert [text[a:b] for a, b in spans] == [
        "Un fonctionnaire de la Maison-Blanche a confié à Politico"
    ]
    assert "Rule: " in view.page.feedback.details.toPlainText()


def test_exam_mode_reveals_nothing_until_the_results(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, small_data: dict
) -> None:
    small_data["settings"]["feedback"] = "end"
    entry = window.open_path(_write(tmp_path / "exam.quiz.yaml", small_data))
    view = window.start_quiz(entry)
    assert "Save" in view.check_button.text()
    first_page = view.page
    view.page.answer_widget.set_response(
        correct_response(view.session.current.question, entry.quiz)
    )
    view.check_button.click()
    assert not first_page.feedback.isVisibleTo(first_page)
    assert view.page is not first_page and view.article.highlighted_spans() == []


def test_tooltips_from_a_file_are_escaped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, small_data: dict
) -> None:
    from quizapp.model import DEFAULT_LABELS

    labels = [label.model_dump() for label in DEFAULT_LABELS]
    labels[0]["description"] = '<img src="https://example.org/spy.png"> named'
    small_data["labels"] = labels
    small_data["description"] = "<b>bold</b>"
    entry = window.open_path(_write(tmp_path / "tips.quiz.yaml", small_data))
    assert "&lt;b&gt;bold&lt;/b&gt;" in window.library.tree.topLevelItem(0).toolTip(0)
    view = window.start_quiz(entry)
    while view.session.current.question.type != "classify":
        question = view.session.current.question
        view.page.answer_widget.set_response(correct_response(question, entry.quiz))
        view.check_button.click()
        view.next_button.click()
    combo = view.page.answer_widget.combos()[0]
    tip = combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=&quot;https://example.org/spy.png&quot;&gt;" in tip


def test_opening_a_file_during_a_quiz_keeps_the_quiz(
    qtbot: QtBot, window: MainWindow, small_set_file: Path, tmp_path: Path, small_data: dict
) -> None:
    view = window.start_quiz(window.open_path(small_set_file))
    small_data["id"] = "another"
    window.open_path(_write(tmp_path / "another.quiz.yaml", small_data))
    assert window.stack.currentWidget() is view
    assert len(window.library.entries()) == 2


def test_enter_on_the_focused_button_checks_and_moves_on(
    qtbot: QtBot, window: MainWindow, small_set_file: Path
) -> None:
    view = window.start_quiz(window.open_path(small_set_file))
    qtbot.keyClick(view.page.answer_widget.buttons()[0], Qt.Key.Key_1)
    qtbot.keyClick(view.check_button, Qt.Key.Key_Return)
    assert view.session.verdict_for("who") is not None
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert view.session.current.question.id == "partners"


def test_window_size_is_remembered(qtbot: QtBot, settings: QSettings, loader: Loader) -> None:
    first = MainWindow(settings, loader)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.close()
    again = MainWindow(settings, loader)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)  # the offscreen screen is small


def test_files_opened_in_the_background_arrive_in_order_and_failures_are_shown(
    qtbot: QtBot, window: MainWindow, small_set_file: Path, tmp_path: Path, small_data: dict
) -> None:
    broken = tmp_path / "broken.quiz.yaml"
    broken.write_text("schema_version: 1\nid: [\n", encoding="utf-8")
    small_data["id"] = "second"
    second = _write(tmp_path / "second.quiz.yaml", small_data)
    outcomes: list[Path] = []
    window.files.loaded.connect(lambda path, _quiz: outcomes.append(path))
    window.files.failed.connect(lambda path, _message: outcomes.append(path))
    for path in (small_set_file, broken, second):
        window.open_in_background(path)
    qtbot.waitUntil(lambda: len(outcomes) == 3)
    assert outcomes == [small_set_file, broken, second]
    assert [entry.path for entry in window.library.entries()] == [small_set_file, second]
    assert len(_error_boxes(window)) == 1 and not window.files.busy()


def test_marks_stay_readable_on_a_dark_theme(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    from quizapp.engine import Mark
    from quizapp.ui.common import MarkBadge

    badge = MarkBadge()
    qtbot.addWidget(badge)
    dark = QPalette(badge.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    badge.setPalette(dark)
    badge.show_mark(Mark.WRONG, "détail")
    text_label = next(label for label in badge.findChildren(QLabel) if label.text())
    assert text_label.text() == "✘ Wrong — détail"
    assert text_label.palette().color(QPalette.ColorRole.WindowText).lightness() > 128


def test_claims_left_without_a_label_get_their_own_column(
    qtbot: QtBot, window: MainWindow, small_set_file: Path
) -> None:
    from quizapp.engine import ClassifyResponse

    entry = window.open_path(small_set_file)
    view = window.start_quiz(entry)
    while not isinstance(window.stack.currentWidget(), ResultsView):
        question = view.session.current.question
        if question.type == "classify":
            response = ClassifyResponse(("anonymous", None, None, "fact"))
        else:
            response = correct_response(question, entry.quiz)
        view.page.answer_widget.set_response(response)
        view.check_button.click()
        if question.type == "classify":  # two claims left blank: checked only when confirmed
            assert view.session.state.name == "ANSWERING"
            assert "2 claims have no label" in view.incomplete_box.text()
            next(b for b in view.incomplete_box.buttons() if "anyway" in b.text()).click()
        view.next_button.click()
    table = window.stack.currentWidget().findChild(QTableWidget, "confusion_matrix")
    assert table.columnCount() == len(entry.quiz.labels) + 1
    column = [table.item(row, table.columnCount() - 1).text() for row in range(table.rowCount())]
    assert column == ["1 ✘", "", "1 ✘", "", ""]  # named and vague claims left unlabelled
