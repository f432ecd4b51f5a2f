"""English names behind a title (made-up sentences): a short title before a surname ("Cllr
Ward", "Insp. Ward") names the person met before in full, and a place or a company before a
capitalised role ("Wessex Premier Ann Ward") only qualifies the role: the person speaks."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


def test_a_short_title_before_a_surname_names_the_person_met_in_full() -> None:
    text = (
        "Councillor Ann Ward met residents on Monday. "
        "Cllr Ward said the rules did not apply to other councils."
    )
    assert _speakers(text) == ["Ann Ward"]


def test_another_first_name_with_the_same_surname_stays_another_person() -> None:
    """Counter-case: "Tom Ward" is not "Ann Ward", a title is no first name."""
    text = "Councillor Ann Ward met residents on Monday. Tom Ward said the road was unsafe."
    assert _speakers(text) == ["Tom Ward"]


def test_a_place_before_a_capitalised_role_qualifies_the_role() -> None:
    text = (
        "Cases rose in Upper Wessex on Monday. "
        "UW Premier Ann Ward said the deadline was news to her."
    )
    assert _speakers(text) == ["Ann Ward"]


def test_two_names_joined_by_a_word_stay_apart() -> None:
    """Counter-case: "of" links the names; the role belongs to the first."""
    text = "Chief Executive Ann Ward of Wessex Water said the pipes were old."
    assert _speakers(text) == ["Ann Ward"]
