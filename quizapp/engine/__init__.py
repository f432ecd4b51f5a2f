"""The quiz engine: a session as a plain state machine, scoring and results as values.

A session presents the questions (shuffled reproducibly from a seed, pinned options kept in
place), takes responses, scores them by DESIGN.md's table and sums them up by tag and by label
with the classify confusion matrix. No Qt, no files, no database: a session is rebuilt exactly
from its seed and answers. Imports ``quizapp.model`` only.
"""

from quizapp.engine.responses import (
    ChoiceResponse,
    ClassifyResponse,
    LocateResponse,
    MatchResponse,
    Response,
    TrueFalseResponse,
    response_from_json,
    response_to_json,
)
from quizapp.engine.results import Confusion, Results, Tally, describe_confusion
from quizapp.engine.scoring import Mark, Verdict, score_question
from quizapp.engine.session import Presented, QuizSession, SessionError, State, pinned_shuffle

__all__ = [
    "ChoiceResponse",
    "ClassifyResponse",
    "Confusion",
    "LocateResponse",
    "Mark",
    "MatchResponse",
    "Presented",
    "QuizSession",
    "Response",
    "Results",
    "SessionError",
    "State",
    "Tally",
    "TrueFalseResponse",
    "Verdict",
    "describe_confusion",
    "pinned_shuffle",
    "response_from_json",
    "response_to_json",
    "score_question",
]
