"""A verb of speech in the infinitive governed by another verb, then « que » (made-up
sentences, infinitives35): the governing verb carries the tense and the subject, the
infinitive is the cue's head, the « que » clause is what is said. A verb of refusal or
restraint, or a negation, says it was not said."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


def test_a_reflexive_verb_governs_the_saying() -> None:
    text = "Les experts s'accordent à dire que la crise va durer."
    assert _found(text) == [("la crise va durer", "Les experts")]


def test_a_participle_after_its_auxiliary_governs_the_saying() -> None:
    text = "Le maire a tenté d'expliquer que le budget était tenu."
    assert _found(text) == [("le budget était tenu", "Le maire")]


def test_a_reflexive_compound_governs_the_saying() -> None:
    text = "La ministre s'est efforcée de montrer que la réforme était juste."
    assert _found(text) == [("la réforme était juste", "La ministre")]


def test_avoir_beau_says_it_all_the_same() -> None:
    text = "Le ministre a beau expliquer que la réforme est juste, personne ne le croit."
    assert _found(text)[0] == ("la réforme est juste", "Le ministre")


def test_refusal_restraint_and_negation_say_nothing() -> None:
    assert _found("Le maire s'est gardé de dire que le projet était abandonné.") == []
    assert _found("Les élus se refusent à affirmer que la ville est sûre.") == []
    assert _found("Le maire n'a pas tenté de dire que le projet était abandonné.") == []
    assert _found("Le maire est parti sans dire que le projet était abandonné.") == []


def test_a_noun_before_the_link_governs_nothing() -> None:
    assert _found("Il a le droit de dire que la loi est injuste.") == []


def test_an_adverb_between_the_governing_verb_and_its_link() -> None:
    text = "Le directeur a tenté maladroitement de justifier que le site fermait."
    assert _found(text) == [("le site fermait", "Le directeur")]


def test_restraint_stopping_and_what_is_to_come_say_nothing() -> None:
    """mend35e (review35 item 6): the clause is held back, no longer said, or not said yet."""
    assert _found("Le maire s'est retenu de dire que la ville était endettée.") == []
    assert _found("Le maire a cessé de prétendre que la ville était riche.") == []
    assert _found("Le maire s'apprête à annoncer que le site fermera.") == []
    assert _found("La ministre a arrêté de répéter que la dette baissait.") == []
    assert _found("Le préfet se prépare à annoncer que la route rouvrira.") == []
