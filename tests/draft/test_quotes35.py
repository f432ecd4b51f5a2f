"""quotes35: quotations with no cue of their own, read by their shape. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_LEAD = "Titre du journal\n\nLa commune vote son budget ce soir dans une ambiance tendue.\n\n"


def _direct(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of each direct attribution found in ``text``."""
    found = analyze(text, "fr")
    return [(found.passage(a.content), a.speaker) for a in found.attributions if a.kind == "direct"]


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        ("Au téléphone, la conseillère soupire longuement.", "la conseillère"),
        ("Mardi soir, Paul Durand a quitté la salle.", "Paul Durand"),
        ("Dans la salle du conseil, Marie Lenoir secoue la tête.", "Marie Lenoir"),
    ],
)
def test_an_opening_quotation_goes_to_the_subject_past_a_setting(
    narration: str, speaker: str
) -> None:
    """« «…» Au téléphone, la conseillère soupire. »: a quotation opening its paragraph is the
    words of the next sentence's subject, which comes after the setting and its comma; the
    setting (« Mardi soir ») is nobody."""
    text = _LEAD + "« Nous ne savons plus quoi faire du dossier. » " + narration + "\n"
    assert _direct(text) == [("Nous ne savons plus quoi faire du dossier.", speaker)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Mardi soir, la conseillère a quitté la salle en colère", "la conseillère"),
        ("Dimanche matin, le maire a fermé son bureau à clé", "le maire"),
    ],
)
def test_a_day_opening_the_lead_of_a_colon_is_no_speaker(lead: str, speaker: str) -> None:
    """« Mardi soir, la conseillère a quitté la salle : « … » »: a day of the week opening the
    clause before the colon sets its time, as « En amont, » sets a place; the subject after
    the comma says the quotation (« Mardi soir » was read as an anonymous speaker)."""
    text = _LEAD + lead + " : « Nous ne savons plus quoi faire du dossier. »\n"
    assert _direct(text) == [("Nous ne savons plus quoi faire du dossier.", speaker)]
