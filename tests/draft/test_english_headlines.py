"""English headlines that name their source after a colon (made-up articles): "Deputy shoots
suspect: PCSO" is what the sheriff's office said when the body spells the acronym out or names
the source again; a topic before a colon ("Budget: What Changes") is nobody's statement."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_a_headline_source_after_a_colon_said_the_headline() -> None:
    text = (
        "Deputy shoots, kills hammer-wielding suspect: PCSO\n\n"
        "A deputy shot a man on Saturday. According to a Polk County Sheriff’s Office report, "
        "deputies were called to the house at dawn."
    )
    assert content_cue_label(text)[0] == (
        "Deputy shoots, kills hammer-wielding suspect",
        "",
        "named",
    )


def test_a_topic_before_a_colon_is_no_source() -> None:
    """Counter-case: the words after the colon are not named in the body."""
    text = "Budget: What Changes\n\nThe council said that the budget would rise next year."
    assert [content for content, _, _ in content_cue_label(text)] == [
        "the budget would rise next year"
    ]
