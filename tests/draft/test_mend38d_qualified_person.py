"""Mended after review (mend38d): capitals before a noun for one person are read as
qualifying that person only before an elected member's title, which a party qualifies; a
court's judge or a body's spokesman is someone else than the person named before (made-up
sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize(
    ("lead", "phrase"),
    [
        ("Dan Hale was charged.", "The Crown Court judge"),
        ("Dan Hale toured the site.", "The Tesco House spokesman"),
    ],
)
def test_a_body_s_officer_is_not_the_person_named_before(lead: str, phrase: str) -> None:
    text = f"Roads are bad.\n\n{lead} {phrase} said the work would take a year."
    assert [a.speaker for a in analyze(text, "en").attributions] == [phrase]


def test_a_party_s_councillor_is_still_the_one_named() -> None:
    text = (
        "Roads are bad.\n\nCllr Ann Hale said nothing had happened.\n\n"
        "The Sinn Féin councillor said the council had promised to meet residents."
    )
    assert [a.speaker for a in analyze(text, "en").attributions] == ["Cllr Ann Hale"] * 2
