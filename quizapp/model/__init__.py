"""Models of a question set and its questions: pure data, no Qt and no I/O.

Frozen pydantic v2 models of format v1 (the set, its article, labels, settings and the six
question types), the rules that span a set (unique ids, passages verbatim in the article) as
located problems, and text helpers shared by checking and scoring. Imports nothing else of
the project: every other part builds on it.
"""

from quizapp.model.labels import DEFAULT_LABELS, Label, TagName
from quizapp.model.questions import (
    QUESTION_TYPES,
    Classify,
    ClassifyItem,
    Locate,
    Match,
    MultipleChoice,
    Option,
    Pair,
    Question,
    SingleChoice,
    TrueFalse,
)
from quizapp.model.quizset import (
    MAX_QUESTIONS,
    SCHEMA_VERSION,
    SET_RULES_ERROR,
    Article,
    QuizSet,
    Settings,
)
from quizapp.model.rules import Problem
from quizapp.model.vocabulary import NO_WORDS, SetWords, words_by_set, words_for

__all__ = [
    "DEFAULT_LABELS",
    "MAX_QUESTIONS",
    "NO_WORDS",
    "QUESTION_TYPES",
    "SCHEMA_VERSION",
    "SET_RULES_ERROR",
    "Article",
    "Classify",
    "ClassifyItem",
    "Label",
    "Locate",
    "Match",
    "MultipleChoice",
    "Option",
    "Pair",
    "Problem",
    "Question",
    "QuizSet",
    "SetWords",
    "Settings",
    "SingleChoice",
    "TagName",
    "TrueFalse",
    "words_by_set",
    "words_for",
]
