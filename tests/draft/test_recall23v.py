"""French cues before their content (recall23v, made-up sentences): an infinitive after the
verb is never its inverted subject, a name in quotation marks inside the subject's apposition
is no quotation the verb closes, and « constater » with a bare noun phrase reports what its
subject found (at a lower confidence), but not in the infinitive."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Paul Durand, adjoint au maire, affirme être victime de menaces répétées.",
            "être victime de menaces répétées",
            "Paul Durand",
        ),
        (
            "Anne Roux, adjointe au maire, assure être victime d'insultes.",
            "être victime d'insultes",
            "Anne Roux",
        ),
        (
            "Le gardien, en poste depuis mars, dit être victime de menaces.",
            "être victime de menaces",
            "Le gardien",
        ),
    ],
)
def test_an_infinitive_after_the_verb_is_what_the_subject_says(
    text: str, content: str, source: str
) -> None:
    found = said(text, "fr")
    assert [c for c, _ in found] == [content]
    assert found[0][1].startswith(source)


def test_a_noun_phrase_after_the_verb_still_speaks_it() -> None:
    text = "Le projet sera revu en détail, a indiqué le maire, mardi soir."
    assert said(text, "fr") == [("Le projet sera revu en détail", "le maire")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Anne Roux, membre du collectif “Sauvons la gare”, pointe le coût élevé du projet.",
            "le coût élevé du projet",
        ),
        (
            "Marc Petit, président de l'association « Vivre ici », dénonce le manque de bancs.",
            "le manque de bancs",
        ),
    ],
)
def test_a_quoted_name_in_the_subjects_apposition_is_no_quotation(text: str, content: str) -> None:
    found = said(text, "fr")
    assert [c for c, _ in found] == [content]
    assert found[0][1].startswith(text.split(",")[0])


def test_a_quotation_before_the_comma_still_makes_an_inverted_cue() -> None:
    text = "« Le coût est trop élevé », pointe Anne Roux, membre du collectif."
    assert said(text, "fr")[0][0] == "Le coût est trop élevé"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le gérant du camping, qui constate aussi une hausse des réservations, reste prudent.",
            "une hausse des réservations",
        ),
        (
            "Les élus, constatant l'impossibilité du projet, ont voté contre.",
            "l'impossibilité du projet",
        ),
        (
            "La directrice constate une baisse nette des inscriptions.",
            "une baisse nette des inscriptions",
        ),
    ],
)
def test_a_finite_constater_reports_its_noun_phrase_at_a_lower_confidence(
    text: str, content: str
) -> None:
    found = analyze(text, "fr").attributions
    assert [text[a.content[0] : a.content[1]] for a in found] == [content]
    assert found[0].confidence < 0.55


@pytest.mark.parametrize(
    "text",
    [
        "Deux techniciens sont venus constater les dégâts dans la salle des fêtes.",
        "Un expert a été mandaté pour constater l'état de la toiture.",
    ],
)
def test_the_infinitive_of_constater_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


def test_constater_que_keeps_its_confidence() -> None:
    found = analyze("Le maire constate que la digue a cédé.", "fr").attributions
    assert found[0].confidence > 0.55


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le syndicat parle d'une hausse de 12 % des départs.",
            "d'une hausse de 12 % des départs",
        ),
        (
            "L'adjointe parle de concurrence déloyale entre les marchés.",
            "de concurrence déloyale entre les marchés",
        ),
        ("La société avait parlé d'une panne de serveur.", "d'une panne de serveur"),
        (
            "Le ministre a défendu son texte, parlant de simples retards de livraison.",
            "de simples retards de livraison",
        ),
    ],
)
def test_parler_de_and_an_indefinite_or_bare_noun_says_what_the_speaker_calls_it(
    text: str, content: str
) -> None:
    assert content in [c for c, _ in said(text, "fr")]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire parle de la réforme des retraites.",
        "La directrice parle d'une voix calme.",
        "Le président parle d'eux avec tendresse.",
        "Le maire parle du budget de la commune.",
        "Le maire parle de l'avenir de la commune.",
    ],
)
def test_parler_de_a_definite_topic_or_a_manner_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []
