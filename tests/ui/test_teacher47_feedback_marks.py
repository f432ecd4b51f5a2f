"""teacher47: a French drafted set's feedback broke a line between « and its word: the
classify explanation « … une formule (« selon », « affirme ») qui la rattache … » showed
« ( « selon », « » at a line's end and « affirme ») » on the next (the drafter's wording
keeps ordinary spaces there; only its prompts had no-break ones). The details of a French
set's feedback now keep the marks with their words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.engine import Mark, Verdict
from quizapp.model.questions import TrueFalse
from quizapp.ui.quiz.feedback import FeedbackPanel

EXPLANATION = "Cherchez une formule (« selon », « affirme ») : qui parle ?"


def _shown(qtbot: QtBot, language: str) -> str:
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    question = TrueFalse(
        id="q", type="true_false", prompt="Vrai ?", answer=True, explanation=EXPLANATION
    )
    verdict = Verdict(question_id="q", fraction=1.0, possible=1.0, marks=(Mark.RIGHT,))
    panel.show_verdict(question, verdict, has_evidence=False, language=language)
    return panel.details.document().toRawText()


def test_a_french_explanation_keeps_its_marks_with_their_words(qtbot: QtBot) -> None:
    shown = _shown(qtbot, "fr")
    assert "(«\u00a0selon\u00a0», «\u00a0affirme\u00a0»)\u00a0: qui parle\u00a0?" in shown
    assert "« " not in shown and " »" not in shown


def test_an_english_sets_details_are_left_as_written(qtbot: QtBot) -> None:
    assert EXPLANATION in _shown(qtbot, "en")
