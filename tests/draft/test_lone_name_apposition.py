"""A surname alone after an opening adverbial, then an apposition that describes one person
(made-up people and bodies): "In late October, Krause, chair of the House Committee on
General Investigating, told…" is said by Krause, not by the body inside the apposition. A
place before plural people ("In Austin, Texas, officials said") is no such name."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str = "en") -> list[str]:
    return [a.speaker for a in analyze(text, language).attributions]


_MET = "State Rep. Matt Kranz filed the bill last year. "


def test_the_lone_surname_before_a_long_apposition_speaks() -> None:
    said = (
        "In late October, Kranz, chair of the House Committee on General Investigating, "
        "told the Texas Education Agency that he was initiating an inquiry."
    )
    assert _speakers(_MET + said) == ["Matt Kranz"]
    said = "On Monday, Kranz, a member of the Finance Committee, said that the list was short."
    assert _speakers(_MET + said) == ["Matt Kranz"]
    said = (
        "Last week, Kranz, chair of the Appropriations Committee, has warned that cuts would come."
    )
    assert _speakers(_MET + said) == ["Matt Kranz"]


def test_a_place_before_plural_people_is_no_name() -> None:
    said = "In Austin, Texas, officials said that the list was incomplete."
    assert _speakers(said) == ["officials"]
