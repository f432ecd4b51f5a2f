"""Every question widget can be answered with the keyboard alone, and checked with it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.engine import QuizSession, State
from quizapp.model import QuizSet
from quizapp.model.text import find_passage
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.student_helpers import quiz_view_at


def _check_by_keyboard(qtbot: QtBot, view: QuizView) -> None:
    """Ctrl+Return is the primary action: check the answer."""
    assert view.check_button.isEnabled()
    qtbot.keyClick(
        QApplication.focusWidget() or view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert view.session.state is State.FEEDBACK


def test_single_choice_by_number_key(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    buttons = view.page.answer_widget.buttons()
    qtbot.keyClick(buttons[0], Qt.Key.Key_2)
    assert buttons[1].isChecked()
    qtbot.keyClick(buttons[1], Qt.Key.Key_1)
    assert buttons[0].isChecked() and not buttons[1].isChecked()
    _check_by_keyboard(qtbot, view)
    assert view.session.verdict_for("who").correct
    assert "Right" in view.page.feedback.headline


def test_multiple_choice_by_number_keys(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "partners")
    buttons = view.page.answer_widget.buttons()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(buttons[0], key)
    assert [b.isChecked() for b in buttons] == [True, True, False, True]
    _check_by_keyboard(qtbot, view)
    assert view.session.verdict_for("partners").correct


def test_true_false_by_space_on_the_focused_button(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "tf")
    buttons = view.page.answer_widget.buttons()
    qtbot.keyClick(buttons[1], Qt.Key.Key_Space)
    assert buttons[1].isChecked()
    _check_by_keyboard(qtbot, view)
    verdict = view.session.verdict_for("tf")
    assert not verdict.correct  # the statement is true
    assert "Not right" in view.page.feedback.headline


def test_classify_number_keys_pick_labels_and_tab_moves_on(
    qtbot: QtBot, small_quiz: QuizSet
) -> None:
    view = quiz_view_at(qtbot, small_quiz, "labels")
    combos = view.page.answer_widget.combos()
    combos[0].setFocus()
    # labels: 1 named, 2 anonymous, 3 vague, 4 author, 5 fact
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_5):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, key)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert [c.value() for c in combos] == ["anonymous", "vague", "named", "fact"]
    _check_by_keyboard(qtbot, view)
    assert view.session.verdict_for("labels").correct


def test_classify_zero_clears_a_row(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "labels")
    combo = view.page.answer_widget.combos()[0]
    qtbot.keyClick(combo, Qt.Key.Key_4)
    assert combo.value() == "author" and view.check_button.isEnabled()
    qtbot.keyClick(combo, Qt.Key.Key_0)
    assert combo.value() is None and not view.check_button.isEnabled()


def test_match_by_number_keys(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "pairs")
    combos = view.page.answer_widget.combos()
    shown = [combos[0].itemData(i) for i in range(1, combos[0].count())]
    for combo, answer in zip(combos, ["Un fonctionnaire", "Sam Altman"], strict=True):
        qtbot.keyClick(combo, Qt.Key.Key_1 + shown.index(answer))
    _check_by_keyboard(qtbot, view)
    assert view.session.verdict_for("pairs").correct


def test_locate_by_keyboard_selection(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "where")
    start, end = find_passage(small_quiz.article.text, "Certains alliés du président")
    text_view = view.article.text_view
    text_view.setFocus()
    qtbot.keyClick(text_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(start):
        qtbot.keyClick(text_view, Qt.Key.Key_Right)
    for _ in range(end - start):
        qtbot.keyClick(text_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.article.selected_span() == (start, end)
    qtbot.keyClick(text_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert view.page.answer_widget.chosen_span() == (start, end)
    _check_by_keyboard(qtbot, view)
    assert view.session.verdict_for("where").correct
    assert view.article.highlighted_spans()  # the answer passage is shown


def test_shuffled_options_map_back_to_the_file_order(qtbot: QtBot, small_data: dict) -> None:
    small_data["settings"]["shuffle_options"] = True
    quiz = QuizSet.model_validate(small_data)
    orders = set()
    for seed in range(12):
        session = QuizSession(quiz, seed=seed)
        view = QuizView(session, None)
        qtbot.addWidget(view)
        buttons = view.page.answer_widget.buttons()
        shown = [button.accessibleName() for button in buttons]
        assert shown[2] == "Je ne sais pas"  # pinned: keeps its place
        orders.add(tuple(shown))
        right = shown.index("Un fonctionnaire anonyme")
        qtbot.keyClick(buttons[0], Qt.Key.Key_1 + right)
        view.check_button.click()
        assert session.verdict_for("who").correct
    assert len(orders) == 2  # both orders of the two free options occur


def test_a_whole_set_with_the_keyboard_alone(
    qtbot: QtBot, settings, loader, small_set_file, small_quiz: QuizSet
) -> None:
    """Library -> every question -> results -> review, pressing keys on whatever has focus."""
    from quizapp.ui.quiz.results.results_view import ResultsView
    from quizapp.ui.quiz.review_view import ReviewView
    from quizapp.ui.shell.main_window import MainWindow

    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_path(small_set_file)

    def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def check_and_go_on() -> None:
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        press(Qt.Key.Key_Return)  # Next is focused after the feedback

    press(Qt.Key.Key_Return)  # the library's tree: start the selected set
    assert window.session is not None
    digits = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}
    press(digits[1])
    check_and_go_on()
    for n in (1, 2, 4):
        press(digits[n])
    check_and_go_on()
    press(digits[2])  # "false": the one wrong answer of the run
    check_and_go_on()
    for n in (2, 3, 1, 5):
        press(digits[n])
        press(Qt.Key.Key_Tab)
    check_and_go_on()
    press(digits[1])
    press(Qt.Key.Key_Tab)
    press(digits[2])
    check_and_go_on()
    start, end = find_passage(small_quiz.article.text, "Certains alliés du président")
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Right, times=start)
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, times=end - start)
    press(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    check_and_go_on()
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    assert window.session.results().missed == ("tf",)
    press(Qt.Key.Key_Return)  # the review button has the focus
    review = window.stack.currentWidget()
    assert isinstance(review, ReviewView) and review.current_id == "tf"
    press(Qt.Key.Key_Return)  # back to the results
    assert isinstance(window.stack.currentWidget(), ResultsView)


def _focus_walk(qtbot: QtBot, start, steps: int) -> list:
    """The widgets Tab visits from ``start``, in order."""
    start.setFocus()
    visited = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_order_answer_then_check_then_article(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "labels")
    combos = view.page.answer_widget.combos()
    qtbot.keyClick(combos[0], Qt.Key.Key_2)  # an answer, so that Check can take the focus
    visited = _focus_walk(qtbot, combos[0], len(combos) + 1)
    assert visited == [*combos[1:], view.check_button, view.article.text_view]


def test_results_and_review_with_the_keyboard_alone(
    qtbot: QtBot, settings, loader, small_set_file, small_quiz: QuizSet
) -> None:
    """From the results: Tab to the missed list, Enter reviews that question; arrows, back."""
    from quizapp.engine.keys import wrong_response
    from quizapp.ui.quiz.results.results_view import ResultsView
    from quizapp.ui.quiz.review_view import ReviewView
    from quizapp.ui.shell.main_window import MainWindow

    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_path(small_set_file)
    view = window.start_quiz(window.library.entries()[0], seed=0)
    while view.session.state is not State.FINISHED:  # every answer wrong: six to review
        view.page.answer_widget.set_response(
            wrong_response(view.session.current.question, small_quiz)
        )
        view.check_button.click()
        view.next_button.click()
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    assert QApplication.focusWidget() is results.review_button

    def press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    results.missed.setFocus()  # reached with Shift+Tab from the buttons as well
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is results.missed
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    review = window.stack.currentWidget()
    assert isinstance(review, ReviewView)
    assert review.current_id == window.session.results().missed[2]
    assert QApplication.focusWidget() is review.next_button
    press(Qt.Key.Key_Return)  # next
    assert review.current_id == window.session.results().missed[3]
    review.previous_button.setFocus()
    press(Qt.Key.Key_Space)  # previous
    assert review.current_id == window.session.results().missed[2]
    # a button's mnemonic clicks it after a short animation
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Back to the &results
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), ResultsView))
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Back to the &library
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.library)


def test_menu_actions_show_their_shortcuts(qtbot: QtBot, settings, loader) -> None:
    from PySide6.QtGui import QKeySequence

    from quizapp.ui.shell.main_window import MainWindow

    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    menus = window.view_menus
    expected = {
        window.open_action: QKeySequence.StandardKey.Open,
        window.quit_action: QKeySequence.StandardKey.Quit,
        menus.zoom_in: "Ctrl++",
        menus.zoom_out: "Ctrl+-",
        menus.zoom_reset: "Ctrl+0",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
