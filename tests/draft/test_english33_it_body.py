"""english33: "it" as the subject of a reporting verb takes up the named body opening the
sentence before it, before a body that spoke further back in the article (made-up articles).
"""

from __future__ import annotations

from tests.draft.readings import finding_holding


def test_it_is_the_body_opening_the_sentence_before() -> None:
    text = (
        "Schools to merge\n\nThe Harbour Trust said the site would be sold.\n\n"
        "Pupils moved in May.\n\nDunmore County Council wants to merge the two schools.\n\n"
        "It said the change was due to falling pupil numbers.\n"
    )
    assert finding_holding(text, "falling pupil", "en").speaker == "Dunmore County Council"


def test_it_with_no_body_opening_takes_the_body_that_spoke() -> None:
    """Counter-case: nothing opens the sentence before; the body that spoke goes on."""
    text = (
        "Schools to merge\n\nThe Harbour Trust said the site would be sold.\n\n"
        "It said the change was due to falling pupil numbers.\n"
    )
    assert finding_holding(text, "falling pupil", "en").speaker == "Harbour Trust"
