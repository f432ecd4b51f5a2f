""" "This week Councillor Jane Roe, who represents Ashby on the town, district and county
councils, denied…": a relative set off by commas after the subject may hold commas of its
own; the main verb's subject is the relative's antecedent, never a noun phrase inside the
relative. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "opening",
    [
        "This week Councillor Jane Roe, who sits on the town, district and county councils,",
        "On Monday Tom Hale, who represents Ashby, Wenford and Hale Green,",
        "Later Jane Roe, who chairs the parks, roads and housing panels,",
    ],
)
def test_the_subject_is_the_antecedent_of_the_relative(opening: str) -> None:
    text = f"The row went on. {opening} denied the claims had been made."
    name = "Jane Roe" if "Jane Roe" in opening else "Tom Hale"
    assert speaker_label(text, "en") == [(name, "named")]


def test_a_relative_closed_before_the_subject_is_left_alone() -> None:
    """Counter-case: the relative ends at its own comma, and the subject after it speaks."""
    text = (
        "The row went on. The plan, which was drawn up in May, was debated, and "
        "Jane Roe said the claims had been made."
    )
    assert [s for s, _ in speaker_label(text, "en")] == ["Jane Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking after Jane Roe, who chairs the board, the mayor, Paul Smith, said the plan "
        "would go ahead.",
        "After meeting Jane Roe, who leads the group, the chief constable, Paul Smith, said he "
        "was concerned.",
        "The report, which Jane Roe wrote, was criticised, and the minister, Paul Smith, said "
        "it was flawed.",
    ],
)
def test_a_name_set_in_apposition_after_the_relative_speaks(text: str) -> None:
    """review32: the relative closed at its own comma; "the mayor, Paul Smith," is the main
    clause's subject, set in apposition, and no item of a list inside the relative."""
    assert speaker_label(text, "en")[0] == ("Paul Smith", "named")
