"""An -s form of a reporting verb that is never a plural noun ("says", "insists", lexicon
verb_only_s_forms) stays a verb before a word in -ed that opens its object ("says proposed
cuts are…", "insists injured staff were…"): the object is reported, as after "said"
(made-up sentences). A plural noun before its -ed verb ("reports suggested", "claims
surfaced") is still no cue."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM_TAIL = "cuts to jobs are the result of years of underfunding"


def _said(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "en")
    return [
        (analysis.passage(a.cue) if a.cue else "", a.speaker, analysis.passage(a.content))
        for a in analysis.attributions
    ]


@pytest.mark.parametrize("verb", ["says", "thinks", "believes", "warns", "argues"])
@pytest.mark.parametrize("adjective", ["proposed", "planned", "unexpected"])
@pytest.mark.parametrize("subject", ["The vice-chancellor", "Professor Nina Holt", "The union"])
def test_an_ed_word_after_the_verb_opens_its_object(
    verb: str, adjective: str, subject: str
) -> None:
    found = _said(f"{subject} {verb} {adjective} {CLAIM_TAIL}.")
    assert [cue for cue, _, _ in found] == [verb]
    assert found[0][2] == f"{adjective} {CLAIM_TAIL}"


def test_a_plural_noun_before_its_verb_is_no_cue() -> None:
    """Counter-case: "reports" is a noun here; the verb after it reports."""
    found = _said("Police reports suggested the fire was deliberate.")
    assert [cue for cue, _, _ in found] == ["suggested"]


def test_claims_before_a_participle_stays_a_noun() -> None:
    """Counter-case: "claims" is not listed, it is a noun before "surfaced"."""
    found = _said("Claims surfaced last week that the mayor had resigned.")
    assert "Claims" not in [speaker for _, speaker, _ in found]
