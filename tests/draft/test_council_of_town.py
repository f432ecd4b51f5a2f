"""A town's council is not the town (made-up sentences): « la mairie » or « la municipalité »
that spoke, in an article that names the town as « la commune de Vernac », is that town's
council, « la mairie de Vernac », not « la commune de Vernac ». A council named as such
(« la mairie de Vernac ») and a town's own word (« la commune ») are left as they were read."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


_SAID = "la route sera fermée jusqu'en juin"


def test_the_council_is_written_with_the_town_s_name() -> None:
    for council, town, written in (
        ("la mairie", "la commune de Vernac", "la mairie de Vernac"),
        ("la municipalité", "la commune d'Aubrac", "la municipalité d'Aubrac"),
    ):
        text = (
            f"Titre\n\nUn éboulement a eu lieu mardi dans {town}, près du pont. "
            f"Personne n'a été blessé.\n\nSelon {council}, {_SAID}."
        )
        assert _speakers(text) == [written], council


def test_a_named_council_and_the_town_s_own_word_stay() -> None:
    text = (
        "Titre\n\nUn éboulement a eu lieu mardi dans la commune de Vernac, près du pont. "
        f"Personne n'a été blessé.\n\nSelon la commune, {_SAID}."
    )
    assert _speakers(text) == ["la commune"]  # as main reads it: no council
    text = (
        "Titre\n\nLa mairie de Vernac a pris un arrêté mardi. Personne n'a été blessé."
        f"\n\nSelon la mairie, {_SAID}."
    )
    assert _speakers(text) == ["La mairie de Vernac"]
