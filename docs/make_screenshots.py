"""Render every screen of the app to docs/screenshots/*.png, offscreen, for the README.

Run from the repository: ``python docs/make_screenshots.py``. It goes through the built-in
set as a learner would, mixing right and wrong answers so that the marks, the highlighted
evidence and the confusion matrix all have something to show. Window size 1024x640 (the
smallest supported), plus one larger shot showing that the layout scales up.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.app import _default_loader, application, load_builtin  # noqa: E402
from quizapp.engine import (  # noqa: E402
    ClassifyResponse,
    MatchResponse,
    Response,
    State,
)
from quizapp.engine.keys import correct_response, next_label, wrong_response  # noqa: E402
from quizapp.model import Classify, Match, Question, QuizSet  # noqa: E402
from quizapp.ui.main_window import MainWindow  # noqa: E402
from quizapp.ui.results_view import ResultsView  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZE = (1024, 640)
LARGE = (1600, 1000)
SEED = 2026  # a fixed run, so that the pictures only change when the screens do


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
    app.processEvents()
    path = OUT / f"{name}.png"
    if not window.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path.relative_to(REPO))


def main() -> int:
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    entries, failures = load_builtin(_default_loader())
    if failures or not entries:
        print("\n".join(failures) or "no built-in set", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        return shoot_every_screen(app, MainWindow(settings, _default_loader()), entries)


def shoot_every_screen(app: QApplication, window: MainWindow, entries: list) -> int:
    """Library, each question type before and after feedback, results, review."""
    window.resize(*SIZE)
    window.add_builtin(entries)
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
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
