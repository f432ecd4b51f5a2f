"""teacher59: a verb of describing's object and « as » reported after "claims that" made no
sentence ("Who claims that the layout of the car park as "a maze"…?", "Tom Hale claims that
himself as "deeply worried"…": teacher58 read such prompts in the English drafts). What is
described is now said to be what it is described as: "the layout was "a maze"", "he was
"deeply worried"". A clause before "as" is left as written."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.described_as import with_be

ARTICLE = (
    "Car park plans approved\n\n"
    'Residents described the layout of the new car park as "a maze" at the meeting. '
    'Councillor Tom Hale described himself as "deeply worried" by the decision. '
    "The council said the plans would serve as a model for other towns.\n"
)


def _prompts() -> list[str]:
    questions = draft_questions(analyze(ARTICLE, "en", headline="Car park plans approved"))
    return [q["prompt"] for q in questions if q.get("type") in ("single_choice", "true_false")]


def test_a_described_object_is_reported_with_be() -> None:
    prompts = " | ".join(_prompts())
    assert "himself as" not in prompts
    assert ' as "a maze"' not in prompts


def test_the_helper_words_the_object_with_the_tense_and_number_of_the_cue() -> None:
    assert with_be('the layout as "a maze"', "described", "en") == 'the layout was "a maze"'
    assert with_be("himself as deeply worried", "described", "en") == "he was deeply worried"
    assert with_be("the plans as reckless", "describes", "en") == "the plans are reckless"
    assert with_be("it as a necessary investment", "saw", "en") == "it was a necessary investment"


def test_a_clause_before_as_or_another_cue_is_left() -> None:
    """Guards: a verb before « as » makes a clause; a cue of saying describes nothing."""
    assert with_be("the plans would serve as a model", "described", "en") is None
    assert with_be("the layout as a maze", "said", "en") is None
    assert with_be('by residents as "a maze"', "described", "en") is None
