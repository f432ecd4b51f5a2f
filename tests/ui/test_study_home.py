"""The self-study home: history after an attempt, review of mistakes, boosters, confidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.model import QuizSet
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.quiz.results.results_view import ResultsView
from tests.ui.study_helpers import Clock, answer_all, answer_current, settle, study_window

Loader = Callable[[Path], QuizSet]
WRONG = {"partners", "labels"}


def _second_set(tmp_path: Path, data: dict[str, Any]) -> Path:
    data = dict(data, id="second-set", title="Deuxième série")
    path = tmp_path / "second.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    return path


def test_home_shows_the_history_after_a_finished_attempt(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    home = flow.home
    assert "No finished attempt yet" in home.record_text.text()
    window.library.start_button.click()
    answer_all(window, lambda qid: qid not in WRONG)
    assert isinstance(window.stack.currentWidget(), ResultsView)
    window.show_library()
    settle(qtbot, flow)
    record = home.record_text.text()
    assert "Last score 57%" in record and "best 57%" in record and "1 finished" in record
    assert home.history.count() == 1 and "57%" in home.history.item(0).text()
    assert home.review_button.isEnabled() and "(2)" in home.review_button.text()
    assert "Boosters due today: 0" in home.boosters_text.text()
    assert home.chart.series_names()  # per kind of source: the classify question's labels
    home.chart_kind.setCurrentIndex(1)
    assert "sourcing" in home.chart.series_names() and "facts" in home.chart.series_names()
    assert not home.banner.isVisible()


def test_review_my_mistakes_replays_exactly_the_wrong_ones(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_all(window, lambda qid: qid not in WRONG)
    window.show_library()
    settle(qtbot, flow)
    flow.home.review_button.click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    assert [p.question.id for p in view.session.presented()] == ["partners", "labels"]
    answered = answer_all(window, lambda qid: qid == "partners")  # labels wrong again
    assert answered == ["partners", "labels"]
    window.show_library()
    settle(qtbot, flow)
    flow.home.review_button.click()
    again = window.stack.currentWidget()
    assert [p.question.id for p in again.session.presented()] == ["labels"]
    modes = [e.attempt.mode for e in flow.home.snapshot.attempts["small-set"]]
    assert modes == ["review", "quiz"]


def test_boosters_draw_due_questions_across_two_sets(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    small_data: dict[str, Any],
) -> None:
    second = _second_set(tmp_path, small_data)
    clock = Clock()
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file, second], clock)
    for index, wrong in ((0, {"who"}), (1, {"tf", "pairs"})):
        window.library.tree.setCurrentItem(window.library.tree.topLevelItem(index))
        window.library.start_button.click()
        answer_all(window, lambda qid, wrong=wrong: qid not in wrong)
        window.show_library()
    clock.days(1)  # wrong answers sit in box 1: due the next day; right ones in 3 days
    flow.refresh()
    settle(qtbot, flow)
    assert "Boosters due today: 3" in flow.home.boosters_text.text()
    flow.home.boosters_button.click()
    seen: list[tuple[str, list[str]]] = []
    for _ in range(2):
        view = window.stack.currentWidget()
        assert isinstance(view, QuizView)
        seen.append((view.session.quiz.id, [p.question.id for p in view.session.presented()]))
        answer_all(window, lambda qid: True)
        results = window.stack.currentWidget()
        assert isinstance(results, ResultsView)
        if len(seen) == 1:
            (next_part,) = [b for b in results.findChildren(QPushButton) if "boosters" in b.text()]
            assert results._first_button is next_part  # what the keyboard lands on
            next_part.click()
    assert sorted(seen) == [("second-set", ["tf", "pairs"]), ("small-set", ["who"])]
    window.show_library()
    settle(qtbot, flow)
    assert "Boosters due today: 0" in flow.home.boosters_text.text()
    modes = {e.attempt.mode for e in flow.home.snapshot.attempts["second-set"]}
    assert modes == {"quiz", "booster"}


def test_confidence_gives_calibration_on_the_results_screen(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    flow.preferences.ask_confidence = True
    window.library.start_button.click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.confidence is not None
    plan = {"who": (True, "sure"), "partners": (False, "sure"), "tf": (True, "unsure")}
    while view.session.current.question.id in plan:
        right, sure = plan[view.session.current.question.id]
        assert view.page is not None
        answer_current(view, right, sure)
    while view.session.current.question.id != "where":
        answer_current(view, True, "sure")
    question = view.session.current.question
    from quizapp.engine.keys import correct_response

    view.page.answer_widget.set_response(correct_response(question, view.session.quiz))
    assert not view.check_button.isEnabled()  # how sure? must be said first
    answer_current(view, True, "unsure")
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView) and results.calibration_label is not None
    text = results.calibration_label.text()
    assert text == (
        "How sure you were: when you were sure, you were right 3 of 4 times (75%); "
        "when you were not sure, 2 of 2 times (100%)."
    )


def test_an_edited_set_keeps_its_history_marked_and_its_open_quiz_can_be_discarded(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    small_data: dict[str, Any],
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_all(window, lambda qid: True)
    window.library.start_button.click()
    view = window.stack.currentWidget()
    answer_current(view, right=True)  # then left half-way
    window.show_library()
    small_data["questions"][0]["prompt"] = "Qui, selon l'article, dit que Musk s'était emballé ?"
    with small_set_file.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(small_data, stream)
    window.open_path(small_set_file)  # the teacher's new version replaces the old one
    settle(qtbot, flow)
    home = flow.home
    assert "2 of them made on an earlier version" not in home.record_text.text()
    assert "1 of them made on an earlier version of this set." in home.record_text.text()
    texts = [home.history.item(i).text() for i in range(home.history.count())]
    assert all(text.endswith("earlier version of the set") for text in texts)
    assert "unfinished" in texts[0]
    assert home.banner.isVisible() and not home.banner.resume_button.isEnabled()
    assert "edited since" in home.banner.message.text()
    home.banner.discard_button.click()
    settle(qtbot, flow)
    assert home.banner.isVisible()  # asked first
    next(b for b in flow.question_box.buttons() if "Discard it" in b.text()).click()
    settle(qtbot, flow)
    assert not home.banner.isVisible()
    assert "discarded" in home.history.item(0).text()


def test_saving_an_answer_is_one_transaction_of_a_fixed_size(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    """DESIGN.md: nothing over 50 ms on the GUI thread while answering, so a save is one commit.

    What keeps a save small is its shape, checked here instead of a stopwatch (a timed
    assertion fails on a busy machine: times belong in benchmarks/): each answer is written
    in exactly one transaction, and the statements it runs for a question do not grow with
    the answers already stored (the third attempt's save of a question runs as many as the
    first's).
    """
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    statements: list[str] = []
    per_save: list[tuple[str, list[str]]] = []
    record = flow.controller.record
    flow.controller.saves.db._conn.set_trace_callback(statements.append)

    def counted(question_id: str, *args: Any, **kwargs: Any) -> Any:
        statements.clear()
        try:
            return record(question_id, *args, **kwargs)
        finally:
            per_save.append((question_id, list(statements)))

    flow.controller.record = counted  # type: ignore[method-assign]
    for _ in range(3):
        window.library.start_button.click()
        answer_all(window, lambda qid: qid != "labels")
        window.show_library()
    assert len(per_save) == 18
    sizes: dict[str, set[int]] = {}
    for question_id, sql in per_save:
        assert [s for s in sql if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"], sql
        assert [s for s in sql if s == "COMMIT"] == ["COMMIT"], sql
        sizes.setdefault(question_id, set()).add(len(sql))
    assert all(len(counts) == 1 for counts in sizes.values()), sizes  # third attempt = first


def test_home_figures_are_computed_off_the_gui_thread(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from quizapp.ui.study import stats as study_stats

    threads: list[threading.Thread] = []
    compute = study_stats.compute_snapshot

    def spied(*args: Any) -> study_stats.HomeSnapshot:
        threads.append(threading.current_thread())
        return compute(*args)

    monkeypatch.setattr(study_stats, "compute_snapshot", spied)
    _window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    assert threads and threading.main_thread() not in threads
    assert flow.home.snapshot is not None and "small-set" in flow.home.snapshot.hashes


def test_resuming_a_quiz_killed_after_its_last_answer_shows_its_results(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    from quizapp.engine import QuizSession, State
    from quizapp.engine.keys import correct_response
    from quizapp.ui.study.controller import set_content_hash

    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    quiz = window.library.entries()[0].quiz
    session = QuizSession(quiz, seed=4)
    current = set_content_hash(quiz, small_set_file)
    attempt = flow.controller.begin(session, current, "quiz", subset=False)
    while session.state is not State.FINISHED:
        question = session.current.question
        session.answer(correct_response(question, quiz))
        flow.controller.record(question.id, 2.0)
        session.next()
    flow.controller.leave()  # killed before the attempt was closed
    flow.refresh()
    settle(qtbot, flow)
    assert "after 6 answered questions out of 6" in flow.home.banner.message.text()
    flow.home.banner.resume_button.click()
    assert isinstance(window.stack.currentWidget(), ResultsView)
    assert flow.controller.db.attempt(attempt.id).status == "finished"
