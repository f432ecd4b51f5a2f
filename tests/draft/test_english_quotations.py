"""English quotations cut by their cue (made-up sentences): "“A,” she said. “B.”" in one
paragraph is one attribution from the first mark to the last, as in French and as the corpus
convention keys it; a paragraph break or another speaker keeps two."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_a_quotation_going_on_after_its_cue_is_one_attribution() -> None:
    text = "“It is on a steep hill,” Mary Stone said. “There have been several accidents.”"
    assert content_cue_label(text) == [
        (
            "It is on a steep hill,” Mary Stone said. “There have been several accidents.",
            "said",
            "named",
        )
    ]


def test_a_quotation_told_to_an_outlet_goes_on_after_its_cue() -> None:
    text = "“We will appeal,” the spokesman told Reuters. “The ruling is wrong.”"
    [(content, cue, _label)] = content_cue_label(text)
    assert (content, cue) == (
        "We will appeal,” the spokesman told Reuters. “The ruling is wrong.",
        "told",
    )


def test_a_paragraph_break_keeps_two_attributions() -> None:
    """Counter-case: the next paragraph's quotation is its own (one key per paragraph)."""
    text = "“It is on a steep hill,” Mary Stone said.\n\n“There have been several accidents.”"
    assert [content for content, _, _ in content_cue_label(text)] == [
        "It is on a steep hill,",
        "There have been several accidents.",
    ]


def test_another_speakers_quotation_is_not_joined() -> None:
    """Counter-case: a second quotation with its own cue and speaker stays apart."""
    text = (
        "“It is on a steep hill,” Mary Stone said. Her neighbour, John Reed, said: "
        "“There have been several accidents.”"
    )
    assert [(content, cue) for content, cue, _ in content_cue_label(text)] == [
        ("It is on a steep hill,", "said"),
        ("There have been several accidents.", "said"),
    ]
