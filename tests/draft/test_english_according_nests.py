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


def test_a_relative_aside_with_its_own_cue_does_not_cut_the_object() -> None:
    """ "cited concerns about the density, which residents said was too high, and the traffic":
    the relative's own statement sits inside the object, which runs on past it."""
    text = (
        "The appeal cited concerns about the density of the housing, which residents said was "
        "too high, and the risk of a traffic hazard."
    )
    contents = [c for c, _s in said(text)]
    assert contents[0].endswith("and the risk of a traffic hazard")
    assert any(s == "residents" for _c, s in said(text))


def test_a_which_aside_ending_the_sentence_is_its_own_claim() -> None:
    """Counter-case: nothing of the object follows the aside, so the aside's speaker alone
    speaks ("praised the plan" is no statement of its own)."""
    text = "The mayor praised the plan, which officials said would cut costs."
    assert [s for _c, s in said(text)] == ["officials"]


def test_a_who_relative_still_cuts() -> None:
    """Counter-case: ", who said…" is the nurses' own claim (only a "which" aside with a cue
    stays inside the object before it)."""
    text = "The minister praised the nurses, who said the pay offer was too low."
    assert said(text) == [("the pay offer was too low", "the nurses")]
