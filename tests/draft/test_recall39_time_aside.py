"""A phrase of time or repetition set off by commas before a verb (« une nouvelle fois », « la
semaine dernière ») is an adverbial, never the verb's subject: the walk back goes on to the
noun phrase before it (made-up sentences, recall39)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La présidente du club, une nouvelle fois, dénonce la fermeture du gymnase.",
            "La présidente du club",
        ),
        ("Le conseiller, une fois de plus, a assuré que le budget serait tenu.", "Le conseiller"),
        (
            "Les commerçants, cette fois, réclament des réponses précises de la part de la mairie.",
            "Les commerçants",
        ),
        (
            "La fédération, la semaine dernière, a dénoncé la hausse des tarifs du stade.",
            "La fédération",
        ),
    ],
)
def test_the_subject_is_before_the_time_phrase(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
