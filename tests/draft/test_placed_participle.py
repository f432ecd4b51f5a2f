"""The subject after an inverted cue keeps the complement of a participle of place (made-up
sentences): « « … », lance un livreur garé à contre-sens », « confie une passante assise sur
un banc » — the whole phrase is the speaker. A complement that names someone, or a relay or
setting after no such participle (« le ministre à l'AFP »), is still cut."""

from __future__ import annotations

from quizapp.draft import analyze


def _speaker(said: str) -> str:
    text = f"Titre\n\nLes travaux ont commencé mardi.\n\n« C'est le chaos », {said}."
    return analyze(text, "fr", headline="Titre").attributions[-1].speaker


def test_a_participle_of_place_keeps_its_complement() -> None:
    assert _speaker("lance un livreur garé à contre-sens") == "un livreur garé à contre-sens"
    assert _speaker("a confié une passante assise sur un banc") == (
        "une passante assise sur un banc"
    )
    said = "s'agace un habitant installé depuis vingt ans dans le quartier"
    assert _speaker(said) == "un habitant installé depuis vingt ans"


def test_a_name_in_the_complement_or_no_participle_cuts_it() -> None:
    said = "lance un livreur garé devant la boutique de Paul Martin"
    assert _speaker(said) == "un livreur garé"
    assert _speaker("a lancé un habitant à la presse") == "un habitant"
