"""phrases56: a source phrase ends where its noun phrase ends, and a document whose holder
its complement names speaks with the holder's voice. An inverted subject stops before a
manner or channel complement (« dit Marc avec soulagement », « écrit le groupement par voie
de communiqué », « face aux critiques »); « des résultats de Statistiques Canada » and « un
courrier signé du maire X » are named, not a vague or anonymous document."""

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said

_LEAD = "Inondations dans le Gard\n\nLes campings de la vallée ont été inondés samedi.\n\n"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("« Ce n'est que du matériel », dit Marc avec soulagement.", "Marc"),
        (
            "« Les rencontres ont eu lieu », écrit le groupement hospitalier par voie de "
            "communiqué.",
            "le groupement hospitalier",
        ),
        (
            "« La réforme est indispensable », a répondu le porte-parole du gouvernement face "
            "aux critiques des syndicats.",
            "le porte-parole du gouvernement",
        ),
        ("« Tout est à refaire », a lancé la maire via un message aux habitants.", "la maire"),
    ],
)
def test_an_inverted_subject_ends_before_its_manner(sentence: str, source: str) -> None:
    found = said(_LEAD + sentence, "fr")
    assert [s for _, s in found] == [source], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Des résultats de Statistiques Canada montrent qu'un tiers des habitants est acadien.",
        "Un courrier signé du maire Alain Suguenot annonce le report du conseil municipal.",
        "Des informations de La Liberté révèlent que la SSR tient à ces allocutions.",
    ],
)
def test_a_document_of_a_named_holder_is_named(sentence: str) -> None:
    analysis = analyze(_LEAD + sentence, "fr")
    assert [a.label for a in analysis.attributions] == ["named"], analysis.attributions


def test_a_document_of_no_one_keeps_its_label() -> None:
    analysis = analyze(_LEAD + "Un rapport d'expert indique que la digue a cédé.", "fr")
    assert [a.label for a in analysis.attributions] == ["anonymous"], analysis.attributions
