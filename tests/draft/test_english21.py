"""english21: English attributions missed on unseen articles, each a shape counted over the
whole corpus first. Made-up sentences, several forms, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "en").attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Councillor Ann Price, the borough's cabinet member for housing and planning, said "
         "rents in the town needed a cap.", "Ann Price", "rents in the town needed a cap"),
        ("Last week, council leader Tom Hale, whose group has cut a £2 million deficit, told "
         "his colleagues to “back me or sack me” over the rise.", "Tom Hale",
         "to “back me or sack me” over the rise"),
        ("Dr Ruth Kane, the trust's director of nursing and patient services, said wards in "
         "the north wing stayed open.", "Dr Ruth Kane", "wards in the north wing stayed open"),
    ],
)  # fmt: skip
def test_a_name_and_a_long_office_or_a_relative_aside_speak_the_clause_after(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_clause_before_a_final_cue_still_reports() -> None:
    text = "The plan was never costed, the council's head of finance said."
    assert _found(text) == [("the council's head of finance", "The plan was never costed")]
