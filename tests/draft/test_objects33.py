"""objects33: French verbs of saying with a noun object, on made-up sentences. A verb is let
report a noun object only where the corpus keys hold that verb's objects (docs/drafting.md,
« Thirty-third round: objects33 »)."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_reflexive_congratulation_reports_its_object() -> None:
    """« se féliciter de » + a noun phrase is a judgement the speaker makes on it."""
    found = content_cue_label("La directrice se félicite de la réouverture du gymnase.", "fr")
    assert [(c, q) for c, q, _ in found] == [("de la réouverture du gymnase", "se félicite")]


def test_congratulating_someone_reports_nothing() -> None:
    """« féliciter quelqu'un de… » (not reflexive) is a gesture to a person, not a statement."""
    assert content_cue_label("Le préfet a félicité les pompiers de leur courage.", "fr") == []
