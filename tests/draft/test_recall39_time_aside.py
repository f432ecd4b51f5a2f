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


@pytest.mark.parametrize(
    "time",
    ["mardi dernier", "la semaine passée", "le 3 mars", "le lundi 8 avril 2024", "cet été"],
)
def test_a_time_is_read_by_its_shape(time: str) -> None:
    """mend39c: a weekday, a time noun or a date with its determiner and « dernier » /
    « passé » is no subject, whether or not the lexicon lists the phrase."""
    text = f"Le syndicat des cheminots, {time}, a dénoncé la hausse des tarifs du train."
    assert _speakers(text) == ["Le syndicat des cheminots"]
