"""What is left before an attribution that opens on an inserted clause (made-up sentences,
mend47a): « Le directeur a démissionné, car, comme le disait la ministre, « … » » leaves the
outlet's claim « Le directeur a démissionné », not « …, car, comme le »: the conjunction and
the clause's opening words belong to the attribution. A claim whose last words say something
keeps them."""

from __future__ import annotations

from quizapp.draft import analyze


def _claims(text: str) -> list[str]:
    analysis = analyze(text, "fr")
    return [text[c.span[0] : c.span[1]] for c in analysis.unattributed]


def test_a_comme_clause_before_a_quotation_leaves_no_scrap() -> None:
    text = (
        "Le directeur a démissionné, car, comme le disait la ministre, "
        "« il fallait du changement ». Le conseil a voté ensuite."
    )
    assert _claims(text) == ["Le directeur a démissionné", "Le conseil a voté ensuite."]


def test_the_claim_keeps_its_own_words_before_the_clause() -> None:
    text = (
        "Les salariés ne veulent pas se laisser faire, comme le rappelle Paul Durand, "
        "« on a tout donné ici »."
    )
    assert _claims(text) == ["Les salariés ne veulent pas se laisser faire"]
