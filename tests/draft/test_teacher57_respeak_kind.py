"""A statement on the kind of source follows the speaker the teacher names (teacher57): she
corrected « Monsieur » to « Didier Chautard » in the review, the explanation followed, and
the true/false still read « Dans l'article, Monsieur est un groupe vague. »."""

from __future__ import annotations

from pathlib import Path

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.respeak import respoken, respoken_as_drafted
from quizapp.draft.drafting.review import label_names
from quizapp.draft.words.lexicon import load

SEED = Path(__file__).resolve().parents[1] / "data" / "draft" / "fr-20min-stargate.txt"
LABELS = {"named", "anonymous", "vague", "author", "fact"}


def _kind_statements(analysis, drafts):
    """(finding index, row) of each statement on a finding's kind of source."""
    endings = tuple(f" {p}." for p in load("fr").raw["wording"]["kind_phrases"].values())
    for row, draft in enumerate(drafts):
        if draft["type"] != "true_false" or not draft["prompt"].endswith(endings):
            continue
        for index, found in enumerate(analysis.attributions):
            if analysis.passage(found.content) in draft["evidence"][0]:
                yield index, row


def test_the_statement_names_the_new_speaker_and_agrees_with_it() -> None:
    analysis = analyze(SEED.read_text(encoding="utf-8"), "fr")
    drafts = draft_questions(analysis)
    pairs = list(_kind_statements(analysis, drafts))
    assert pairs
    for index, row in pairs:
        _, fixed, changed = respoken(analysis, index, "Jeanne Roux", drafts)
        assert row in changed
        assert fixed[row]["prompt"].startswith("Dans l’article, Jeanne Roux est ")
        assert fixed[row]["answer"] == drafts[row]["answer"]  # the label did not change


def test_its_answer_follows_the_new_speakers_kind() -> None:
    analysis = analyze(SEED.read_text(encoding="utf-8"), "fr")
    drafts = draft_questions(analysis)
    names = label_names(None, "fr")
    index, row = next(
        (i, r) for i, r in _kind_statements(analysis, drafts)
        if analysis.attributions[i].label == "anonymous"
    )  # fmt: skip
    after, fixed, _ = respoken_as_drafted(analysis, (index, "Jeanne Roux"), drafts, names, LABELS)
    assert after.attributions[index].label == "named"
    prompt = fixed[row]["prompt"]
    assert "Jeanne Roux" in prompt
    assert fixed[row]["answer"] is prompt.endswith("une source nommée.")


def test_a_pronoun_as_the_new_speaker_changes_nothing() -> None:
    """« il » typed as the speaker gave « Dans l'article, il est un groupe vague. » (mend57b)."""
    analysis = analyze(SEED.read_text(encoding="utf-8"), "fr")
    drafts = draft_questions(analysis)
    index, _ = next(_kind_statements(analysis, drafts))
    for pronoun in ("il", "Elle", "ils"):
        after, fixed, changed = respoken(analysis, index, pronoun, drafts)
        assert (after, fixed, changed) == (analysis, drafts, [])
