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


@pytest.mark.parametrize(
    "narration",
    [
        "Malgré les critiques, le maire a maintenu le projet.",
        "Pendant ce temps, à la mairie, le maire recevait les syndicats.",
        "Contre toute attente, le maire a maintenu le projet.",
        "Avec ses adjoints, le maire a maintenu le projet.",
    ],
)
def test_a_concession_or_a_contrast_is_no_setting(narration: str) -> None:
    """« «…» Malgré les critiques, le maire a maintenu le projet. »: a concession, a contrast
    or company (« malgré », « pendant ce temps », « contre », « avec ») is no place or time of
    a scene; the quotation may be the critics', so the subject past it does not take it
    (review35, item 5; mend35d)."""
    text = _LEAD + "« C'est une honte pour nous tous. » " + narration + "\n"
    assert _direct(text) == []


@pytest.mark.parametrize(
    "narration",
    [
        "In the evening, the mayor met the unions.",
        "On Tuesday, the mayor left the room.",
    ],
)
def test_an_english_setting_does_not_give_the_quotation_to_the_next_subject(
    narration: str,
) -> None:
    """English gives a lone opening quotation to nobody when the next sentence opens on its
    subject ('The mayor left the room.'); a setting before that subject must not change who
    spoke (review35, item 5; mend35d)."""
    text = "Title\n\nThe council met on Monday.\n\n" + '"It is a disgrace for us all." ' + narration
    found = analyze(text + "\n", "en")
    assert [a.speaker for a in found.attributions] == []
