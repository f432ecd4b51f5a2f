"""English "according to X" at the end of a sentence (made-up sentences): what it reports holds
every verb of the sentence, so each one's own statement is kept beside it ("A judge ruled…,
but later rejected…, according to the report"); a colon inside a time ("at 6:50 a.m.") opens
no clause."""

from __future__ import annotations

from tests.draft.readings import content_cue_label, said


def test_according_to_at_the_end_keeps_the_verbs_it_holds() -> None:
    text = (
        "A district judge ruled in May that the firm had a monopoly, "
        "but later rejected the toughest remedies, according to the report."
    )
    cues = [cue for _content, cue, _label in content_cue_label(text)]
    assert cues == ["ruled", "rejected", "according to"]


def test_according_to_with_one_verb_of_blame_inside() -> None:
    text = "The union blamed the managers for the delays, according to a letter seen by the BBC."
    found = said(text)
    assert ("the managers for the delays", "The union") in found
    assert ("The union blamed the managers for the delays", "a letter seen by the BBC") in found


def test_a_colon_inside_a_time_opens_no_clause() -> None:
    """Counter-case: "6:50" is a time; the sentence is the report's, not "50 a.m"."""
    text = (
        "According to a sheriff's report, at about 6:50 a.m., the deputies responded "
        "to a call in the Eagle Lake area."
    )
    assert [c for c, _s in said(text)] == [
        "at about 6:50 a.m., the deputies responded to a call in the Eagle Lake area"
    ]
