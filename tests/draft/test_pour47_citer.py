"""« citer » as a reporting verb (pour47, made-up sentences): its finite forms after a subject
report what the object names (« La CGT cite la réanimation et les urgences »), unless the
object is where the words come from, a source, a document or a person quoted (lexicon
``source_object_verbs``, ``source_object_noun_lists``: « Le quotidien cite des sources proches
du dossier »). The verb is listed with no participle: « la cité » is a place and « a cité un
exemple » was no statement in the corpus."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "L'hôpital manque de bras. La CGT cite la réanimation et les urgences.",
            "la réanimation et les urgences",
            "CGT",
        ),
        (
            "Le maire défend son bilan. Il cite en exemple la rénovation de la halle.",
            "en exemple la rénovation de la halle",
            "Le maire",
        ),
    ],
)
def test_what_citer_names_is_reported(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le quotidien cite des sources proches du dossier.",
        "Le journal cite un document interne.",
        "L'AFP a annoncé la nouvelle, citant des sources proches du dossier.",
        "L'ONG a cité un exemple de loi.",
    ],
)
def test_a_source_or_a_participle_of_citer_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_la_cite_is_a_place_not_a_verb() -> None:
    text = (
        "Le procès s'est ouvert mardi. Plusieurs adolescents de la cité Rozanoff les accusent"
        " de violences volontaires."
    )
    assert ("de violences volontaires", "Plusieurs adolescents de la cité Rozanoff") in _found(text)
