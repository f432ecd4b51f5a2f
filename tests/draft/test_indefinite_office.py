"""An indefinite description introduces someone new, never the holder of an office met
before (teacher17: "A council spokesperson said: “…”" after "the council's chief executive
Neal Cockerton" gave the spokesperson's four paragraphs to the chief executive)."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str) -> list[str]:
    return [found.speaker for found in analyze(text, language).attributions]


def test_an_indefinite_description_is_not_the_office_holder_met_before() -> None:
    cases = [
        ("The council's chief executive Neal Cockerton left the room.\n\n"
         "A council spokesperson said: “The leader has stood down with immediate effect.”", "en"),
        ("The council's chief executive Neal Cockerton left the room. "
         "“We will appoint a new leader,” a council spokesperson said.", "en"),
        ("Le directeur du club, Paul Garnier, a quitté la salle.\n\n"
         "Un porte-parole du club a déclaré : « Le directeur a démissionné. »", "fr"),
    ]  # fmt: skip
    for text, language in cases:
        speakers = _speakers(text, language)
        assert speakers and not any("Cockerton" in s or "Garnier" in s for s in speakers), text


def test_a_definite_office_still_takes_up_its_holder() -> None:
    text = (
        "Le gouverneur provincial Gulab Mangar est arrivé lundi.\n\n"
        "« La situation est grave », a déclaré le gouverneur."
    )
    assert any("Mangar" in s for s in _speakers(text, "fr"))
