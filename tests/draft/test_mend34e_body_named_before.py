"""A role in a body the article names before the speaker (« La société Valmorin ferme
son atelier », then « le responsable de la société ») is that body's role: the complement
takes up the name, so the speaker stays named (mend34e, review34 item 8, made-up sentences).
A body only described, or named only after the speaker, still leaves the role anonymous."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_QUOTE = "« Personne ne perdra son poste », promet "


@pytest.mark.parametrize(
    "text",
    [
        "La société Valmorin ferme à Dole. " + _QUOTE + "le responsable de la société.",
        "L'entreprise Granvel Transports part. " + _QUOTE + "le responsable de l'entreprise.",
        "Le groupe Marvelec ferme son atelier de Dole. " + _QUOTE + "la responsable du groupe.",
    ],
)
def test_a_role_of_a_body_named_before_stays_named(text: str) -> None:
    assert finding_holding(text, "Personne ne perdra").label == "named"


@pytest.mark.parametrize(
    "text",
    [
        "Un atelier de Dole va fermer. " + _QUOTE + "le responsable de l'entreprise.",
        _QUOTE + "le responsable de l'entreprise. L'entreprise Granvel Transports quitte Laval.",
    ],
)
def test_a_body_only_described_or_named_later_leaves_the_role_anonymous(text: str) -> None:
    assert finding_holding(text, "Personne ne perdra").label == "anonymous"
