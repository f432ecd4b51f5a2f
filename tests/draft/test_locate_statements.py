"""A locate of an anonymous source asks about a statement a question can word: « the source
who claims that … » on the rest of a sentence was no sentence (teacher16: "…the anonymous
source who claims that and was due to stand trial for")."""

from __future__ import annotations

from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.findings import Analysis, Attribution

TEXT = (
    "Charges dropped\n\n"
    "The CPS dropped charges against a union rep, which he had denied and was due to stand "
    "trial for.\n\n"
    "A worker at the depot said staff had been frightened for months."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _anonymous(content: str, cue: str, source: str) -> Attribution:
    return Attribution(
        _span(TEXT, content), _span(TEXT, cue), _span(TEXT, source), source, None,
        "indirect", "anonymous", None, 0.7,
    )  # fmt: skip


def test_no_locate_on_the_rest_of_a_sentence() -> None:
    found = (
        _anonymous("and was due to stand trial for", "denied", "he"),
        _anonymous("staff had been frightened for months", "said", "A worker at the depot"),
    )
    analysis = Analysis("en", TEXT, found, (), ())
    locates = [q for q in draft_questions(analysis) if q["type"] == "locate"]
    prompts = [q["prompt"] for q in locates]
    assert not [p for p in prompts if "and was due" in p], prompts
    assert [q["answer"] for q in locates if "frightened" in q["prompt"]] == [
        ["A worker at the depot"]
    ]
