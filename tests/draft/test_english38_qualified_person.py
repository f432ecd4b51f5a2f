"""A description whose capitals qualify a person noun (made-up sentences, english38): "The
Green Party councillor said" names no one called "Green Party"; it takes up the councillor
the article named, as "The councillor said" does."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize("party", ["Green Party", "Sinn Féin", "Plaid Cymru"])
def test_the_qualified_councillor_is_the_one_named(party: str) -> None:
    text = (
        "Roads are bad.\n\nCllr Jane Roe said nothing had happened.\n\n"
        f"The {party} councillor said the council had promised to meet residents."
    )
    speakers = [a.speaker for a in analyze(text, "en").attributions]
    assert speakers == ["Cllr Jane Roe", "Cllr Jane Roe"]
