"""The review's corrections are one list in the order the teacher made them (teacher12): her
labels and her speakers used to be kept in two lists and replayed one after the other, so a
reopened review could end otherwise than she left it. A label then a speaker of the same
finding, and the reverse, end as she did last, and replaying gives what she saw. Made-up
article."""

from __future__ import annotations

from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.respeak import LABEL, SPEAKER, Correction, corrected, replayed
from quizapp.draft.drafting.review import label_names
from quizapp.draft.findings import Analysis
from tests.draft.readings import quoted_analysis

LABELS = {"named", "anonymous", "vague", "author", "fact"}
NAMES = label_names(None, "fr")
SAID = [
    ("Le chantier prendra deux ans de plus", "un conseiller", "anonymous"),
    ("Nous tiendrons les délais", "Anne Roux", "named"),
    ("Rien n'est joué", "Paul Martin", "named"),
    ("Les comptes seront publiés", "Marc Blanc", "named"),
]


def _analysis() -> Analysis:
    return quoted_analysis(SAID, confidence=0.6)


def _live(corrections: list[Correction]) -> tuple[Analysis, list[dict]]:
    """The corrections made one by one, as the review applies them while she works."""
    analysis = _analysis()
    drafts = draft_questions(analysis)
    for number, correction in enumerate(corrections):
        at = (correction, corrections[:number])
        analysis, drafts, _ = corrected(analysis, drafts, at, NAMES, LABELS)
    return analysis, drafts


def _replayed(corrections: list[Correction]) -> tuple[Analysis, list[dict]]:
    analysis = _analysis()
    analysis, drafts, _ = replayed(analysis, draft_questions(analysis), corrections, NAMES, LABELS)
    return analysis, drafts


def _right_answer(drafts: list[dict]) -> str:
    who = next(d for d in drafts if d["type"] == "single_choice" and "deux ans" in d["prompt"])
    return next(o["text"] for o in who["options"] if o.get("correct"))


def test_a_label_then_a_speaker_keeps_her_label_and_her_speaker() -> None:
    corrections = [Correction(LABEL, 0, "vague"), Correction(SPEAKER, 0, "Élise Bonnet")]
    for analysis, drafts in (_live(corrections), _replayed(corrections)):
        found = analysis.attributions[0]
        assert (found.speaker, found.label) == ("Élise Bonnet", "vague")
        assert _right_answer(drafts) == "Élise Bonnet"
    assert _live(corrections) == _replayed(corrections)


def test_a_speaker_then_a_label_ends_on_her_label() -> None:
    corrections = [Correction(SPEAKER, 0, "Élise Bonnet"), Correction(LABEL, 0, "anonymous")]
    assert _live(corrections[:1])[0].attributions[0].label == "named"  # followed the speaker
    for analysis, drafts in (_live(corrections), _replayed(corrections)):
        found = analysis.attributions[0]
        assert (found.speaker, found.label) == ("Élise Bonnet", "anonymous")
        assert _right_answer(drafts) == "Élise Bonnet"
    assert _live(corrections) == _replayed(corrections)


def test_the_last_of_two_speakers_or_two_labels_wins() -> None:
    speakers = [Correction(SPEAKER, 0, "Élise Bonnet"), Correction(SPEAKER, 0, "Paul Martin")]
    assert _replayed(speakers)[0].attributions[0].speaker == "Paul Martin"
    assert _replayed(speakers[::-1])[0].attributions[0].speaker == "Élise Bonnet"
    assert _right_answer(_replayed(speakers)[1]) == "Paul Martin"
    labels = [Correction(LABEL, 0, "named"), Correction(SPEAKER, 0, "certains élus"),
              Correction(LABEL, 0, "vague")]  # fmt: skip
    assert _replayed(labels)[0].attributions[0].label == "vague"
    assert _replayed(labels) == _live(labels)


def test_a_correction_out_of_the_analysis_changes_nothing() -> None:
    analysis = _analysis()
    drafts = draft_questions(analysis)
    wrong = [Correction(LABEL, 99, "vague"), Correction(SPEAKER, 99, "Élise Bonnet")]
    assert replayed(analysis, drafts, wrong, NAMES, LABELS) == (analysis, drafts, set())
