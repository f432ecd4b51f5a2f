"""Who speaks for a piece of work, and which voices are vague: a work done by someone (« Les
analyses réalisées par la fédération de pêche ont conclu… ») speaks for its agent; a
political side (« la gauche », « la droite », « l'extrême droite ») is a vague voice, a party
named as such is not.

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def found(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, language).attributions]


def test_a_work_done_by_a_body_speaks_for_the_body() -> None:
    text = "Les analyses réalisées par la fédération de pêche ont conclu que l'eau était polluée."
    assert found(text) == [("la fédération de pêche", "named")]


def test_a_person_described_by_what_was_done_to_them_still_speaks() -> None:
    """Counter-case: « arrêté par la police » describes the man; the police do not speak."""
    text = "Un homme arrêté par la police a affirmé qu'il était innocent."
    assert found(text)[0][0].startswith("Un homme")


def test_a_political_side_is_a_vague_voice() -> None:
    assert found("La gauche a déploré que le texte soit adopté.") == [("La gauche", "vague")]
    assert found("L'extrême droite a affirmé que le vote était historique.")[0][1] == "vague"


def test_a_party_named_as_such_is_not_vague() -> None:
    """Counter-case: « le parti de gauche » is one organisation."""
    assert found("Le parti de gauche a déploré que le texte soit adopté.")[0][1] == "named"
