"""A new speaker brings its kind of source (teacher11): when the teacher corrects who said a
statement, its label follows the new speaker as the drafter classifies it, unless the set has
no such label or the teacher chose the label herself."""

from __future__ import annotations

from pathlib import Path

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.respeak import respoken, respoken_as_drafted, speaker_label
from quizapp.draft.drafting.review import label_names

SEED = Path(__file__).resolve().parents[1] / "data" / "draft" / "fr-20min-stargate.txt"
LABELS = {"named", "anonymous", "vague", "author", "fact"}


def _analysis_and_index():
    analysis = analyze(SEED.read_text(encoding="utf-8"), "fr")
    for index, found in enumerate(analysis.attributions):
        if analysis.passage(found.content).startswith("Il a clairement abusé"):
            return analysis, index
    raise AssertionError("finding not drafted")


def test_the_drafter_classifies_a_typed_speaker() -> None:
    analysis, _ = _analysis_and_index()
    assert speaker_label(analysis, "Elon Musk") == "named"  # met in the article
    assert speaker_label(analysis, "elon musk") == "named"
    assert speaker_label(analysis, "Sam Altman") == "named"  # a name, never met
    assert speaker_label(analysis, "Un conseiller anonyme") == "anonymous"
    assert speaker_label(analysis, "certains alliés") == "vague"
    assert speaker_label(analysis, "il") is None  # a pronoun says no kind


def test_the_label_and_its_proposals_follow_the_new_speaker() -> None:
    analysis, index = _analysis_and_index()
    drafts = draft_questions(analysis)
    names = label_names(None, "fr")
    assert analysis.attributions[index].label == "anonymous"
    after, fixed, changed = respoken_as_drafted(analysis, (index, "Elon Musk"), drafts, names,
                                                LABELS)  # fmt: skip
    assert after.attributions[index].label == "named"
    assert after.attributions[index].speaker == "Elon Musk"
    _, _, speaker_rows = respoken(analysis, index, "Elon Musk", drafts)
    assert set(speaker_rows) <= set(changed)  # the claim to classify follows the speaker too
    passage = analysis.passage(analysis.attributions[index].content)
    items = [i for d in fixed if d["type"] == "classify" for i in d["items"]]
    assert [i["label"] for i in items if passage in i.get("evidence", "")] == ["named"]


def test_the_label_stays_when_the_teacher_chose_it_or_the_set_lacks_it() -> None:
    analysis, index = _analysis_and_index()
    drafts = draft_questions(analysis)
    names = label_names(None, "fr")
    for labels in (set(), {"anonymous", "vague"}):
        after, _, _ = respoken_as_drafted(analysis, (index, "Elon Musk"), drafts, names, labels)
        assert after.attributions[index].label == "anonymous"
    for speaker in ("il", "  ", "Un autre républicain proche de la Maison-Blanche"):
        after, _, _ = respoken_as_drafted(analysis, (index, speaker), drafts, names, LABELS)
        assert after.attributions[index].label == "anonymous"


def test_the_claim_to_classify_explains_the_new_speaker_and_kind() -> None:
    """teacher16: the speaker corrected to Serge Vaills, the claim's label became « Source
    nommée » but its explanation still said « la source est un groupe vague (ans) »."""
    analysis, index = _analysis_and_index()
    drafts = draft_questions(analysis)
    names = label_names(None, "fr")
    passage = analysis.passage(analysis.attributions[index].content)
    before = [i for d in drafts if d["type"] == "classify" for i in d["items"]]
    assert [i for i in before if passage in i.get("evidence", "")]
    _, fixed, _ = respoken_as_drafted(analysis, (index, "Elon Musk"), drafts, names, LABELS)
    items = [i for d in fixed if d["type"] == "classify" for i in d["items"]]
    explained = [i["explanation"] for i in items if passage in i.get("evidence", "")]
    assert explained and all("Elon Musk" in text for text in explained), explained
    assert all("source nommée" in text for text in explained), explained
