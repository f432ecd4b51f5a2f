"""verbs36: general verbs of saying the lexicons lacked, found by sorting the reported speech the
drafter missed by its keyed cue (a verb not in the lexicon, or not in this form)."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_notifying_that_reports_the_clause() -> None:
    text = "Vendredi, le tribunal administratif a signifié que le recours était irrecevable."
    assert content_cue_label(text, "fr") == [
        ("le recours était irrecevable", "a signifié", "named")
    ]


def test_notifying_with_no_clause_reports_nothing() -> None:
    text = "Ce panneau signifie la fin de la zone piétonne."
    assert content_cue_label(text, "fr") == []


def test_meaning_that_with_no_one_told_reports_nothing() -> None:
    """mend36c (review36 item 3): « signifier que » with a thing or « cela » as subject and
    nobody told means, it reports no one's words; someone told keeps the notice."""
    for text in (
        "Cela signifie que la piscine restera fermée jusqu'en mars.",
        "Ce classement signifie que le club descend en deuxième division.",
    ):
        assert content_cue_label(text, "fr") == []
    text = "La préfecture a signifié aux forains qu'ils devaient partir avant lundi."
    assert content_cue_label(text, "fr") == [
        ("ils devaient partir avant lundi", "a signifié", "named")
    ]
