"""The reason an act was done for, after « au motif que » (recall31, made-up sentences): the
words of the act's agent after « par », else of the sentence's subject; none when neither
names someone, or when a finding of the sentence already covers the clause."""

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
            "Le port s'agrandit. Des habitants ont attaqué le permis de construire, au motif"
            " qu’un hôtel de six étages va leur boucher la vue.",
            "un hôtel de six étages va leur boucher la vue",
            "Des habitants",
        ),
        (
            "Le dossier traîne. Un arrêté suspendu deux mois plus tard par le tribunal de"
            " Nantes, saisi par le préfet, au motif qu'un maire n'est pas compétent en la"
            " matière.",
            "un maire n'est pas compétent en la matière",
            "le tribunal de Nantes",
        ),
        (
            "La place était bondée. Les militants ont été escortés hors de la place par les"
            " gendarmes, au motif que le rassemblement n'était pas déclaré.",
            "le rassemblement n'était pas déclaré",
            "les gendarmes",
        ),
    ],
)
def test_the_reason_is_the_actors(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


def test_no_one_acting_gives_no_reason() -> None:
    assert _found("Le match a été reporté au motif que la pelouse était gelée.") == []


def test_a_manner_after_par_is_no_actor() -> None:
    text = (
        "Le Courrier combat par cette nouvelle plainte un classement sans suite ordonné par le"
        " parquet de Lyon, au motif que la loi ne prévoit pas de sanction."
    )
    assert ("la loi ne prévoit pas de sanction", "le parquet de Lyon") in _found(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le maire, élu par les habitants en 2020, a refusé le permis au motif que le"
            " terrain est inondable.",
            "le terrain est inondable",
            "Le maire",
        ),
        (
            "Le préfet a interdit la fête organisée par le comité, au motif que la sécurité"
            " n'était pas assurée.",
            "la sécurité n'était pas assurée",
            "Le préfet",
        ),
    ],
)
def test_an_agent_outside_the_main_passive_is_no_actor(
    text: str, content: str, speaker: str
) -> None:
    """mend31a (review31 item 2): « par » is read only after a passive of the main clause
    (être and a participle); an agent in an aside or on the object leaves the subject."""
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il est passé par la fenêtre, au motif que la porte était fermée à clé.",
        "Elle est partie par le train, au motif que la route était coupée.",
    ],
)
def test_a_way_after_par_is_no_actor(text: str) -> None:
    """mend31a: the agent must name a person or a body (the strict test)."""
    assert not [s for _, s in _found(text) if s in ("la fenêtre", "le train")]


def test_the_cue_is_the_opener_alone() -> None:
    text = "Des habitants ont attaqué le permis, au motif que la vue serait bouchée."
    cues = [text[a.cue[0] : a.cue[1]] for a in analyze(text, "fr").attributions if a.cue]
    assert cues == ["au motif que"]
