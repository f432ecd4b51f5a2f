"""A false statement or a wrong option must never name the person who really spoke, even when
the analysis kept two forms of one name apart ("Ms Dunmore" and "Helen Dunmore")."""

from __future__ import annotations

from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.findings import Analysis, Attribution

TEXT = (
    '"The bridge will open in May," Helen Dunmore said.\n\n'
    '"We have the money," Ms Dunmore added.\n\n'
    '"Those dates are a dream," Paul Ostrander said.\n\n'
    '"Nobody checked the costs," Rita Vance said.\n\n'
    '"The budget doubled," Ostrander said.'
)


def _said(quote: str, speaker: str) -> Attribution:
    start = TEXT.index(quote)
    return Attribution(
        (start, start + len(quote)), None, None, speaker, None, "direct", "named", None, 0.9
    )


def _analysis() -> Analysis:
    quotes = [
        ("The bridge will open in May,", "Helen Dunmore"),
        ("We have the money,", "Ms Dunmore"),
        ("Those dates are a dream,", "Paul Ostrander"),
        ("Nobody checked the costs,", "Rita Vance"),
        ("The budget doubled,", "Ostrander"),
    ]
    return Analysis("en", TEXT, tuple(_said(q, s) for q, s in quotes), (), ())


def _surname(speaker: str) -> str:
    return speaker.split()[-1]


def test_no_option_or_false_statement_names_the_real_speaker_under_another_form() -> None:
    analysis = _analysis()
    checked = 0
    for question in draft_questions(analysis):
        said = {
            a.speaker
            for a in analysis.attributions
            if analysis.passage(a.content).rstrip(",") in question["prompt"]
        }
        if not said:
            continue
        real = {_surname(s) for s in said}
        if question["type"] == "single_choice":
            wrong = [o["text"] for o in question["options"] if not o.get("correct")]
            assert not any(_surname(w) in real for w in wrong), question
            surnames = [_surname(o["text"]) for o in question["options"]]
            assert len(surnames) == len(set(surnames)), question  # one form per person
            checked += 1
        elif question["type"] == "true_false" and question["answer"] is False:
            named = {
                _surname(s) for s in ("Dunmore", "Ostrander", "Vance") if s in question["prompt"]
            }
            assert not named & real, question
            checked += 1
    assert checked
