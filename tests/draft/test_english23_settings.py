"""A name closing a setting written with no comma before its cue is who speaks: "At a board
meeting on Monday Mr Smith said…", "In a statement Acme said…" spoke as « the plan », an
inverted subject taken out of what was said (english23). Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the plan was safe"


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(a.speaker, found.passage(a.content)) for a in found.attributions]


@pytest.mark.parametrize(
    ("setting", "name"),
    [
        ("In a statement", "Acme"),
        ("At the meeting", "John Smith"),
        ("At a board meeting on Monday", "Mr Smith"),
        ("Speaking at a meeting of the council on 18 April", "Mr Smith"),
        ("During a visit to the school on Friday", "Cllr Jane Smith"),
        ("In an interview with the BBC", "Mr Smith"),
    ],
)
def test_a_name_after_a_setting_speaks(setting: str, name: str) -> None:
    assert _speakers(f"{setting} {name} said {CLAIM}.") == [(name, CLAIM)]


@pytest.mark.parametrize(
    "setting",
    ["In a statement", "Speaking at a meeting of Leeds City Council", "At a meeting in Leeds"],
)
def test_a_description_after_a_setting_still_speaks(setting: str) -> None:
    """Counter-cases: a name that is the object of a preposition is part of the setting."""
    assert _speakers(f"{setting} the mayor said {CLAIM}.") == [("the mayor", CLAIM)]


def test_a_date_before_a_name_is_no_part_of_it() -> None:
    """ "on 18 April Mr Yafele": the month opens no name, so the person named before is the
    one who speaks, by the fullest name the article gives."""
    text = (
        f"Eugine Yafele said {CLAIM}. "
        f"At a board meeting on 18 April Mr Yafele said the trust had not misled anyone."
    )
    assert [s for s, _ in _speakers(text)] == ["Eugine Yafele", "Eugine Yafele"]
