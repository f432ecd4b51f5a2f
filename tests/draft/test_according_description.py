"""A relative or a participle describing the source of « selon / d'après / according to » when
the phrase opens its sentence or clause (« Selon un proche qui a requis l'anonymat, le ministre
va démissionner »): the claim starts after the comma that closes the description, not at the
relative's verb. A description holding a cue of its own (« qui a ajouté que… ») or running
past fourteen words is left as it was, and a source closing its sentence keeps its claim."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def according(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """(content, speaker, label) of every according-to finding of a text."""
    analysis = analyze(text, language)
    return [
        (analysis.passage(a.content), a.speaker, a.label)
        for a in analysis.attributions
        if a.kind == "according_to"
    ]


@pytest.mark.parametrize(
    ("text", "language", "content", "speaker", "label"),
    [
        (
            "Selon un proche qui a requis l'anonymat, le ministre va démissionner.",
            "fr",
            "le ministre va démissionner",
            "un proche",
            "anonymous",
        ),
        (
            "D'après un fournisseur qui n'a pas donné son nom, la livraison a pris trois "
            "semaines de retard.",
            "fr",
            "la livraison a pris trois semaines de retard",
            "un fournisseur",
            "anonymous",
        ),
        (
            "Selon la cour des comptes qui vient de publier son rapport, la ligne coûte "
            "deux millions par an.",
            "fr",
            "la ligne coûte deux millions par an",
            "la cour des comptes",
            "named",
        ),
        (
            "Le chantier, selon un ouvrier qui a requis l'anonymat, a pris du retard.",
            "fr",
            # narrative38: the subject before the phrase is part of the claim
            "Le chantier, selon un ouvrier qui a requis l'anonymat, a pris du retard",
            "un ouvrier",
            "anonymous",
        ),
        (
            "According to a worker who asked not to be named, the plant will close in May.",
            "en",
            "the plant will close in May",
            "a worker",
            "anonymous",
        ),
    ],
)
def test_the_claim_starts_after_the_description(
    text: str, language: str, content: str, speaker: str, label: str
) -> None:
    assert according(text, language) == [(content, speaker, label)]


def test_a_source_closing_its_sentence_keeps_its_claim() -> None:
    text = "Le texte sera retiré lundi, selon une source qui a requis l'anonymat."
    assert according(text) == [("Le texte sera retiré lundi", "une source", "anonymous")]


def test_a_description_with_a_cue_of_its_own_is_not_the_source() -> None:
    text = "Selon le maire qui a ajouté que tout allait bien, les travaux reprennent."
    contents = [content for content, _, _ in according(text)]
    assert "les travaux reprennent" not in contents


def test_a_comma_far_after_the_relative_closes_nothing() -> None:
    text = (
        "Selon un voisin qui habite depuis bien longtemps dans la petite maison au bout "
        "de la rue des Lilas près du vieux pont, la rivière a débordé."
    )
    contents = [content for content, _, _ in according(text)]
    assert "la rivière a débordé" not in contents
