"""mend56b: a document about or sent to a person is not that person's word, and a capital
after an inverted subject opens a name, not a trailer (review56a of phrases56)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """The speakers and labels the drafter finds in ``text``."""
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    "subject",
    [
        "Un bilan de sécurité sur le chantier de Louis Carrel",
        "Une note de service adressée à Louis Carrel",
        "Un courrier de remerciement envoyé à Louise Bardin",
    ],
)
def test_document_about_a_person_stays_anonymous(subject: str) -> None:
    """The name stands in a complement about or to someone, not the document's holder."""
    text = f"{subject} indique que le site fermera en mai."
    assert _found(text) == [(subject, "anonymous")]


def test_document_of_a_person_is_theirs() -> None:
    """The holder right after the document word still speaks (phrases56 kept)."""
    assert _found("Un texte de Louise Bardin indique que le site fermera.") == [
        ("Louise Bardin", "named")
    ]


def test_document_of_a_body_with_a_curly_apostrophe() -> None:
    """« de l’Agence » with a typographic apostrophe is the holder as « de l'Agence » is (an
    instruction: « Une étude de l’Agence » was named by another reading before the mend, so
    the test passed before it; tidy57)."""
    text = "Une instruction de l’Agence Régionale de Santé indique que le site fermera."
    assert _found(text)[0][1] == "named"


def test_capital_after_subject_is_no_trailer() -> None:
    """« Via » with a capital is a name's word, so the subject is not cut before it."""
    text = "« Rien ne change », estime le directeur de Face Gironde."
    assert _found(text) != [("le directeur", "named")]
