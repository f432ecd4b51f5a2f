"""« X se défend d'avoir … »: the reflexive of « défendre » denies a deed of its subject, so
its infinitive object is what the subject says of itself (made-up sentences, recall39); the
transitive « défend son équipe » and a reflexive with no infinitive report nothing new."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Louise Arnal se défend d'avoir promis la piscine aux électeurs.",
            "d'avoir promis la piscine aux électeurs",
        ),
        (
            "Louise Arnal se défend avoir promis la piscine aux électeurs.",
            "avoir promis la piscine aux électeurs",
        ),
        (
            "Les deux adjoints se défendent de vouloir vendre la salle des fêtes.",
            "de vouloir vendre la salle des fêtes",
        ),
        (
            "Le directeur se défend de ne pas avoir prévenu les familles.",
            "de ne pas avoir prévenu les familles",
        ),
    ],
)
def test_a_denied_deed_is_what_the_subject_says(text: str, content: str) -> None:
    assert [c for c, _ in _found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "L'équipe de Rodez se défend bien en seconde division.",
        "Louise Arnal se défend de toute ambition au niveau national.",
        "Le gardien défend son but avec une grande énergie.",
    ],
)
def test_no_infinitive_or_no_reflexive_reports_nothing(text: str) -> None:
    """A guard, not a test of the change: these pass on the code before recall39 too
    (review39 item 15); they keep the new reading from taking a sport's « se défend bien »,
    a noun object or the transitive verb."""
    assert _found(text) == []
