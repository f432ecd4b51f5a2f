"""French verbs of speech whose other sense, told by the words right after them, says nothing
(made-up sentences, precision18; lexicon plain_measures, read by objects/readings.measured):
« dire oui / non » (votes or refuses, a quotation mark around the word or not), « dire au
revoir », « dire la messe », « craindre pour » (fears for). The same verbs report with
« que », an infinitive or an object of their own."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants de Corcelles ont dit oui à 61 % à la fusion avec la ville voisine.",
        "Le canton a choisi de dire non dimanche à l'initiative sur les loyers.",
        'Très vite, son conseil dit "non" à la plupart de ses projets de rénovation.',
        "Très vite, son conseil dit « non » à la plupart de ses projets de rénovation.",
    ],
)
def test_dire_oui_or_non_is_a_vote_and_says_nothing(text: str) -> None:
    assert said(text, "fr") == []


def test_dire_au_revoir_and_dire_la_messe_say_nothing() -> None:
    text = "La gérante est sortie juste avant de dire au revoir à des clients venus de loin."
    assert said(text, "fr") == []
    assert said("Le curé, qui dit la messe ici depuis vingt ans, refuse de partir.", "fr") == []


def test_craindre_pour_fears_for_and_says_nothing() -> None:
    assert said("Les ouvriers de l'usine craignent pour leurs emplois.", "fr") == []
    assert said("Son voisin a craint pour sa maison toute la nuit.", "fr") == []


def test_the_same_verbs_report_with_que_an_infinitive_or_an_object() -> None:
    """Counter-cases: « dit que », « dit attendre », « craignent que », « craint une perte »
    report."""
    assert said("Le maire dit que la commune votera non à la fusion.", "fr") == [
        ("la commune votera non à la fusion", "Le maire")
    ]
    assert said("La mairie dit attendre le vote définitif de la loi.", "fr") == [
        ("attendre le vote définitif de la loi", "La mairie")
    ]
    assert said("Les salariés craignent que l'usine ferme avant l'été.", "fr") == [
        ("l'usine ferme avant l'été", "Les salariés")
    ]
    assert said("Le responsable craint une perte de confiance des planteurs.", "fr") == [
        ("une perte de confiance des planteurs", "Le responsable")
    ]
