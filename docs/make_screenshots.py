"""Render every screen of the app to docs/screenshots/<variant>/*.png, offscreen, for the README.

Run from the repository: ``python docs/make_screenshots.py``. It goes through the built-in
set as a learner would, mixing right and wrong answers so that the marks, the highlighted
evidence and the confusion matrix all have something to show. Window size 1024x640 (the
smallest supported), plus one larger shot showing that the layout scales up.

Each screen is rendered in English (``en/``), in French (``fr/``) and in the dark theme
(``dark/``, in English); a few at 200 % text size (``zoom200/``, in French) show that
nothing is cut when the text is large.

Then it plays a learner over a week, on a clock of its own and a results database in a
temporary folder: a review of the mistakes two days later, another full run four days after
that, so that the self-study home has a history to draw; and finally a quiz left half-way,
with "how sure are you?" turned on, so that the home offers to resume it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quizapp.app import _default_loader, application, load_builtin  # noqa: E402
from quizapp.engine import (  # noqa: E402
    ClassifyResponse,
    MatchResponse,
    Response,
    State,
)
from quizapp.engine.keys import correct_response, next_label, wrong_response  # noqa: E402
from quizapp.model import Classify, Match, Question, QuizSet  # noqa: E402
from quizapp.results.database import ResultsDB  # noqa: E402
from quizapp.results.export import export_from_db  # noqa: E402
from quizapp.ui.quiz.quiz_view import QuizView  # noqa: E402
from quizapp.ui.quiz.results.results_view import ResultsView  # noqa: E402
from quizapp.ui.shell import i18n, zoom  # noqa: E402
from quizapp.ui.shell import theme as themes  # noqa: E402
from quizapp.ui.shell.main_window import MainWindow  # noqa: E402
from quizapp.ui.shell.view_menus import apply_saved_preferences  # noqa: E402
from quizapp.ui.study.controller import StudyController  # noqa: E402
from quizapp.ui.study.flow import StudyFlow  # noqa: E402

SCREENSHOTS = REPO / "docs" / "screenshots"
# folder: (language, theme, text size in %, the screens kept: None for all of them)
VARIANTS = {
    "en": ("en", "light", 100, None),
    "fr": ("fr", "light", 100, None),
    "dark": ("en", "dark", 100, None),
    "zoom200": (
        "fr",
        "light",
        200,
        {"01-library", "07-classify-feedback", "08-results", "10-home-progress"},
    ),
}
TARGET: dict = {"folder": SCREENSHOTS / "en", "keep": None}  # set by each variant
SIZE = (1024, 640)
LARGE = (1600, 1000)
SEED = 2026  # a fixed run, so that the pictures only change when the screens do
FIRST_DAY = dt.datetime(2026, 3, 2, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


class DemoClock:
    """Forty seconds pass at each reading; ``days`` jumps to a later day of practice."""

    def __init__(self) -> None:
        self.now = FIRST_DAY

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=40)
        return self.now

    def days(self, count: int) -> None:
        self.now += dt.timedelta(days=count)


def demo_response(question: Question, quiz: QuizSet, index: int) -> Response:
    """A believable answer: classify and match half right, other questions right or wrong."""
    if isinstance(question, Classify):
        labels = [item.label for item in question.items]
        for row in range(0, len(labels), 2):
            labels[row] = next_label(quiz, labels[row])
        return ClassifyResponse(tuple(labels))
    if isinstance(question, Match):
        right = list(correct_response(question, quiz).choices)
        wrong = list(wrong_response(question, quiz).choices)
        mixed = [w if i % 2 else r for i, (r, w) in enumerate(zip(right, wrong, strict=True))]
        return MatchResponse(tuple(mixed))
    if question.type == "single_choice" or index % 3 == 1:
        return wrong_response(question, quiz)
    return correct_response(question, quiz)


def save(app: QApplication, window: MainWindow, name: str) -> None:
    if TARGET["keep"] is not None and name not in TARGET["keep"]:
        return
    app.processEvents()
    path = TARGET["folder"] / f"{name}.png"
    if not window.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path.relative_to(REPO))


def main() -> int:
    app = application()
    for folder, (language, theme, level, keep) in VARIANTS.items():
        TARGET.update(folder=SCREENSHOTS / folder, keep=keep)
        TARGET["folder"].mkdir(parents=True, exist_ok=True)
        if shoot_variant(app, language, theme, level):
            return 1
    return 0


def shoot_variant(app: QApplication, language: str, theme: str, level: int) -> int:
    """Every screen in one language, theme and text size; nonzero if the set did not load."""
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(i18n.LANGUAGE_KEY, language)
        settings.setValue(themes.THEME_KEY, theme)
        apply_saved_preferences(settings)
        zoom.apply_level(level)
        entries, failures = load_builtin(_default_loader())
        if failures or not entries:
            print("\n".join(failures) or "no built-in set", file=sys.stderr)
            return 1
        window = MainWindow(settings, _default_loader())
        window.add_builtin(entries)
        clock = DemoClock()
        db, _ = ResultsDB.open(Path(folder) / "results.db", clock.now)
        study = StudyFlow(window, StudyController(db, clock), settings)
        try:
            settle(app, study)
            shot = shoot_every_screen(app, window, entries)
            return shoot_self_study(app, window, study, clock, shot)
        finally:
            study.wait()
            db.close()


def settle(app: QApplication, study: StudyFlow) -> None:
    """Wait for the home's figures, computed in a worker thread."""
    study.wait()
    app.processEvents()
    app.processEvents()


def answer_through(app: QApplication, window: MainWindow, right: bool, count: int = 10_000) -> None:
    """Answer up to ``count`` questions of the running quiz, all right or by the demo's mix."""
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    quiz = view.session.quiz
    while count and view.session.state is not State.FINISHED:
        presented = view.session.current
        question = presented.question
        assert view.page is not None
        chosen = (
            correct_response(question, quiz)
            if right
            else demo_response(question, quiz, presented.position)
        )
        view.page.answer_widget.set_response(chosen)
        if view.confidence is not None:
            view.confidence.buttons()[0 if right else 1].click()
        view.check_button.click()
        count -= 1
        if view.session.state is State.FEEDBACK:
            view.next_button.click()
        app.processEvents()


def shoot_self_study(
    app: QApplication, window: MainWindow, study: StudyFlow, clock: DemoClock, shot: int
) -> int:
    """The home with a week of history, a question asking how sure, the resume offer."""
    window.show_library()
    clock.days(2)
    study.refresh()
    settle(app, study)
    study.home.review_button.click()  # review my mistakes, two days later
    answer_through(app, window, right=True)
    window.show_library()
    clock.days(4)
    window.library.start_button.click()  # the whole set again, a few days after that
    answer_through(app, window, right=True)
    window.show_library()
    clock.days(1)
    study.refresh()
    settle(app, study)
    save(app, window, f"{shot:02d}-home-progress")
    study.preferences.ask_confidence = True
    window.library.start_button.click()
    answer_through(app, window, right=True, count=2)
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.page is not None
    question = view.session.current.question
    view.page.answer_widget.set_response(correct_response(question, view.session.quiz))
    assert view.confidence is not None
    view.confidence.buttons()[0].click()  # "Sure", not yet checked
    save(app, window, f"{shot + 1:02d}-question-how-sure")
    window.show_library()  # left half-way: the attempt stays open
    settle(app, study)
    save(app, window, f"{shot + 2:02d}-home-resume")
    shoot_dialogs(app, window, study, clock, shot + 3)
    window.close()
    return 0


def shoot_dialogs(
    app: QApplication, window: MainWindow, study: StudyFlow, clock: DemoClock, shot: int
) -> None:
    """The settings and export dialogs, and the class window reading this learner's export."""
    study.controller.db.set_student_name("Camille")
    dialog = study.open_settings()
    grab(app, dialog, f"{shot:02d}-settings")
    dialog.reject()
    dialog = study.open_export()
    grab(app, dialog, f"{shot + 1:02d}-export")
    dialog.reject()
    with tempfile.TemporaryDirectory() as folder:
        exported = Path(folder) / "camille.json"
        export_from_db(study.controller.db, exported, "json", clock())
        class_window = window.teacher.show_class_results()
        class_window.resize(*SIZE)
        class_window.add_files([exported])
        class_window.runner.wait()
        app.processEvents()
        class_window.tabs.setCurrentIndex(2)  # the class's confusion matrix
        grab(app, class_window, f"{shot + 2:02d}-class-results")
        class_window.close()


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    """Like ``save``, for a dialog or window of its own."""
    if TARGET["keep"] is not None and name not in TARGET["keep"]:
        return
    widget.show()
    app.processEvents()
    path = TARGET["folder"] / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path.relative_to(REPO))


def shoot_every_screen(app: QApplication, window: MainWindow, entries: list) -> int:
    """Library, each question type before and after feedback, results, review.

    Returns the number the next screenshot takes.
    """
    window.resize(*SIZE)
    window.show()
    save(app, window, "01-library")
    view = window.start_quiz(entries[0], seed=SEED)
    shot = 2
    seen: set[str] = set()
    while view.session.state is not State.FINISHED:
        presented = view.session.current
        question = presented.question
        first_of_type = question.type not in seen
        if first_of_type:
            save(app, window, f"{shot:02d}-{question.type}-question")
        assert view.page is not None
        view.page.answer_widget.set_response(
            demo_response(question, entries[0].quiz, presented.position)
        )
        view.check_button.click()
        if first_of_type:
            save(app, window, f"{shot:02d}-{question.type}-feedback")
            seen.add(question.type)
            shot += 1
        if question.type == "classify" and first_of_type:
            window.resize(*LARGE)
            save(app, window, "90-larger-window")
            window.resize(*SIZE)
        view.next_button.click()
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    save(app, window, f"{shot:02d}-results")
    results.review_button.click()
    save(app, window, f"{shot + 1:02d}-review")
    return shot + 2


if __name__ == "__main__":
    sys.exit(main())
