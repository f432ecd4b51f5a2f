"""A body taken up by its kind and an adjective (made-up sentences): « souligne l'institut
météorologique » after « souligne Météo France », « le laboratoire pharmaceutique » after
Pharmavie spoke: the adjective shares its stem with a word of the body's name. An adjective
of another stem (« l'institut français ») is another body; a person who spoke is no body."""

from __future__ import annotations

from quizapp.draft import analyze

_SNOW = "un enneigement aussi faible se rencontre tous les cinq ans"


def _last_speaker(name: str, said: str) -> str:
    text = (
        f"Titre\n\nL'enneigement est « très faible », souligne {name}. Le reste des stations "
        f"devrait rester fermé.\n\n{said}"
    )
    return analyze(text, "fr", headline="Titre").attributions[-1].speaker


def test_the_adjective_names_the_body_that_spoke() -> None:
    assert _last_speaker("Météo France", f"« {_SNOW} », souligne l'institut météorologique.") == (
        "Météo France"
    )
    said = f"Selon le laboratoire pharmaceutique, {_SNOW}."
    assert _last_speaker("Pharmavie", said) == "Pharmavie"
    said = f"La compagnie ferroviaire prévient qu'{_SNOW}."
    assert _last_speaker("Ferrovia Italia", said) == "Ferrovia Italia"


def test_another_stem_or_a_person_is_another_speaker() -> None:
    said = f"Selon l'institut français, {_SNOW}."
    assert _last_speaker("Météo France", said) != "Météo France"
    said = f"Selon l'institut météorologique, {_SNOW}."
    assert _last_speaker("Paul Météorin", said) != "Paul Météorin"
