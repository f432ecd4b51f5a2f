"""A role inside a body the article only describes, its holder never named (« le responsable
de la scierie », « l'auteur de la vidéo »), is a described individual: anonymous (labels34,
made-up sentences). It was read as an office, named. A name set beside the role, in
apposition or anywhere in the article, a body's own name after its noun, or a role outside
the lexicon's ``unnamed_body_roles`` (« le chef ») keeps it named."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_QUOTE = "« Nous avons livré toutes les commandes à temps », a assuré "


@pytest.mark.parametrize(
    "source",
    [
        "le responsable de la scierie",
        "l'auteur de la vidéo",
        "la propriétaire de la camionnette",
        "le délégué du dépôt de Vesoul",
        "le représentant des chauffeurs",
    ],
)
def test_an_unnamed_role_in_a_described_body_is_anonymous(source: str) -> None:
    text = "Une semaine chargée\n\nLes camions sont repartis lundi. " + _QUOTE + source + "."
    assert finding_holding(text, "livré toutes les commandes").label == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        # named in apposition
        _QUOTE + "le responsable de la scierie, Paul Girardot.",
        # named elsewhere in the article, beside the role
        "Paul Girardot, responsable de la scierie, ouvre la porte. "
        + _QUOTE
        + "le responsable de la scierie.",
        # the body's own name after its noun
        _QUOTE + "le directeur de la coopérative Terres Vives.",
        # a role the lexicon leaves out, the head of a body (speakers19)
        _QUOTE + "le chef de la scierie.",
        _QUOTE + "la directrice de la scierie.",
    ],
)
def test_a_named_holder_or_body_keeps_the_role_named(text: str) -> None:
    assert finding_holding(text, "livré toutes les commandes").label == "named"
