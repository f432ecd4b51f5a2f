"""english33: a name after a preposition of place and "the" ("on the Isle of Arran"), or after
"and" behind a name that follows a preposition ("in Dunmore and Kelby"), is where the words
before it happen: those words are no title of it, and a later "the council" or "the council
leaders" does not take the place up (made-up articles)."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def test_the_council_is_not_the_island() -> None:
    text = (
        "Rent rise backed\n\nTenants face a rise in council rents on the Isle of Arran, "
        "figures show.\n\nThe council said the rise would fund repairs.\n"
    )
    speaker = finding_holding(text, "fund repairs", "en").speaker
    assert "Isle" not in speaker and "Arran" not in speaker


def test_the_leaders_are_not_the_second_town() -> None:
    text = (
        "Mayor plan opposed\n\nCouncil leaders in Dunmore and Kelby have written to the "
        "minister about the plan.\n\nThe council leaders believe the area is too large.\n"
    )
    speaker = finding_holding(text, "too large", "en").speaker
    assert speaker not in ("Kelby", "Dunmore and Kelby")


def test_a_title_before_a_name_still_holds() -> None:
    """Counter-case: "council leader Tom Hill" after "and" behind a name with no preposition
    before it is his title, and the later "The council leader" is him (mend33c: the test
    now reaches ``place_complement``)."""
    text = (
        "Mayor plan opposed\n\nMayor Ann Reid and council leader Tom Hill wrote to the "
        "minister about the plan.\n\nThe council leader said the area was too large.\n"
    )
    assert finding_holding(text, "too large", "en").speaker == "Tom Hill"
