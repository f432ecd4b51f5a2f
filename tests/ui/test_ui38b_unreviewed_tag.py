"""ui38b: a set drafted on the command line and handed out without review keeps the drafter's
mark « draft » on each question (the teacher's note that no one reviewed it: the editor shows
it, the review drops it on accepting), but the student is never shown it as a skill: the
results screen's « By skill » table and the answers the study records leave it out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from quizapp.draft.drafting.draft_set import checked_set, draft_set_data
from quizapp.engine import QuizSession, State
from quizapp.engine.keys import correct_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.study.controller import StudyController

START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
ARTICLE = (
    "Le conseil vote le budget du port\n\n"
    "« Nous avons enfin les moyens de réparer les quais », a déclaré mardi Paul Girardin, "
    "le président du port.\n\n"
    "Selon un employé qui a requis l'anonymat, les travaux dureront deux ans.\n\n"
    "Des habitants estiment que le bruit sera difficile à supporter.\n\n"
    "« Le chantier commencera en mars », a précisé Claire Vautrin, la directrice des travaux."
)


def _drafted(tmp_path: Path) -> QuizSet:
    data = draft_set_data(ARTICLE, "fr", title="Le conseil vote le budget du port")
    return checked_set(data, tmp_path / "port.quiz.yaml")


def _run_through(quiz: QuizSet, study: StudyController | None = None) -> QuizSession:
    session = QuizSession(quiz, seed=3)
    if study:
        study.begin(session, "hash", "quiz", subset=False)
    while session.state is not State.FINISHED:
        question = session.current.question
        session.answer(correct_response(question, quiz))
        if study:
            study.record(question.id, seconds=3.0)
        session.next()
    return session


def test_the_drafted_file_keeps_the_teacher_s_mark(tmp_path: Path) -> None:
    quiz = _drafted(tmp_path)
    assert quiz.questions and all("draft" in q.tags for q in quiz.questions)
    assert all("draft" not in q.skills for q in quiz.questions)


def test_the_results_screen_shows_no_unreviewed_skill(qtbot, tmp_path: Path) -> None:
    quiz = _drafted(tmp_path)
    view = ResultsView(_run_through(quiz).results(), quiz)
    qtbot.addWidget(view)
    table = next(t for t in view.findChildren(QTableWidget) if t.accessibleName() == "By skill")
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Attribuer les propos à leur source" in names
    assert not any("relire" in name or name == "draft" for name in names)


def test_the_recorded_answers_carry_no_unreviewed_tag(tmp_path: Path) -> None:
    quiz = _drafted(tmp_path)
    db, _ = ResultsDB.open(tmp_path / "results.db", START)
    try:
        study = StudyController(db, lambda: START)
        _run_through(quiz, study)
        with ResultsDB.open_reader(db.path) as reader:
            answers = [a for entry in reader.all_attempts() for a in entry.answers]
    finally:
        db.close()
    tags = {tag for answer in answers for tag in answer.tags}
    assert answers and "attribution" in tags and "draft" not in tags
