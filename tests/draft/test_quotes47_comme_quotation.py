"""An inserted comme-clause then a quotation ending the sentence (made-up sentences): « …
car, comme le disait l'un d'eux, « quand on a été au smic… » » reports the quotation, said
by the clause's subject, not the words before « comme » (quotes47); the comme-clause with no
quotation after it (« La crise est grave, comme l'a rappelé le ministre. ») still reports
the sentence without the clause."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("comme le disait l'un d'entre eux à la presse", "l'un d'entre eux"),
        ("comme l'a dit la présidente du club", "la présidente du club"),
        ("comme le rappelle Paul Durand", "Paul Durand"),
    ],
)
def test_the_quotation_after_a_comme_clause_is_what_was_said(clause: str, speaker: str) -> None:
    text = f"Les salariés ne veulent pas se laisser faire car, {clause}, « on a tout donné ici »."
    assert _found(text) == [("on a tout donné ici", speaker, "direct")]


def test_a_comme_clause_with_no_quotation_after_it_reports_the_sentence() -> None:
    text = "La crise est grave, comme l'a rappelé le ministre."
    assert _found(text) == [("La crise est grave", "le ministre", "indirect")]
