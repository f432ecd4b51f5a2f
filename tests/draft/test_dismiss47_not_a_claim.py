"""The teacher's « not a claim » on a highlighted finding (teacher47: a passage wrongly
highlighted could only be given another kind of source): a third kind of ``Correction``,
taken back by a second one, and the proposals resting on dismissed findings alone."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.respeak import DISMISS, LABEL, Correction, corrected, replayed
from quizapp.draft.drafting.review import (
    DISMISSED,
    dismissal,
    dismissed_findings,
    withdrawn_rows,
)
from quizapp.draft.findings import Analysis

TEXT = (
    "Le conseil municipal de Saint-Aubin a voté lundi le passage au bio de la cantine. "
    "« Nos enfants méritent de manger mieux », a déclaré le maire, Paul Durand. "
    "Le prix du repas passera de 3,10 € à 3,45 €.\n"
)


def _analysis() -> Analysis:
    return analyze(TEXT, "fr")


def _index(analysis: Analysis, start: str) -> int:
    found = [a.content for a in analysis.attributions] + [c.span for c in analysis.unattributed]
    return next(n for n, span in enumerate(found) if analysis.passage(span).startswith(start))


def test_a_second_dismissal_takes_the_first_back() -> None:
    first = dismissal(3, set())
    assert first == Correction(DISMISS, 3, DISMISSED)
    assert dismissed_findings([first]) == {3}
    again = dismissal(3, {3})
    assert again.value == ""
    assert dismissed_findings([first, again]) == set()
    assert dismissed_findings([first, again, first, Correction(LABEL, 3, "fact")]) == {3}


def test_the_proposals_on_the_dismissed_claim_alone_are_withdrawn() -> None:
    analysis = _analysis()
    drafts = draft_questions(analysis)
    price = _index(analysis, "Le prix du repas")
    rows = withdrawn_rows(analysis, drafts, {price})
    assert rows
    for row in rows:
        assert all("Le prix du repas" in e for e in drafts[row]["evidence"])
    # the claims to classify rest on other findings too: kept
    assert not any(drafts[row]["type"] == "classify" for row in rows)
    assert withdrawn_rows(analysis, drafts, set()) == set()


def test_a_sentence_holding_a_finding_still_highlighted_keeps_its_proposal() -> None:
    analysis = _analysis()
    mayor = _index(analysis, "Nos enfants")
    sentence = "« Nos enfants méritent de manger mieux », a déclaré le maire, Paul Durand."
    drafts = [{"id": "q", "type": "true_false", "prompt": "…", "evidence": [sentence]}]
    place = "Saint-Aubin"
    with_place = [dict(drafts[0], evidence=[f"Le conseil municipal de {place} a voté lundi"])]
    council = _index(analysis, "Le conseil municipal")
    assert withdrawn_rows(analysis, drafts, {mayor}) == {0}
    assert withdrawn_rows(analysis, drafts, {council}) == set()
    assert withdrawn_rows(analysis, with_place, {mayor}) == set()


def test_a_dismissal_changes_neither_the_analysis_nor_the_drafts() -> None:
    analysis = _analysis()
    drafts = draft_questions(analysis)
    dismiss = Correction(DISMISS, 0, DISMISSED)
    after, fixed, changed = corrected(analysis, drafts, (dismiss, []), {}, {"named"})
    assert (after, fixed, changed) == (analysis, drafts, [])
    label = Correction(LABEL, 0, "anonymous")
    after, _, _ = replayed(analysis, drafts, [dismiss, label], {}, {"named", "anonymous"})
    assert after.attributions[0].label == "anonymous"
