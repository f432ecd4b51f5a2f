"""The probe of round 50 (benchmarks/elle50_probe.py, not part of the app): it records what a
speaking « elle » resolved to and the person of its gender near it, leaves the findings as the
app makes them, and puts every method it shadows back."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from elle50_probe import _shadowed

from quizapp.draft import analyze
from quizapp.draft.anaphora.pronouns import Pronouns
from quizapp.draft.pipeline.resolve import Registry

TEXT = (
    "Titre\n\nLa commune et l'agglomération ont voté le budget. Sa maire, Jeanne Durand, a "
    "présenté les chiffres. La commune investira dans les écoles.\n\n"
    "« Nous tenons nos promesses », a-t-elle ajouté."
)


def test_the_probe_records_the_pronoun_and_restores_the_reader() -> None:
    before = (Pronouns._pronoun, Registry._near_person, Registry._body_subject)
    records: dict = {}
    restore = _shadowed(records)
    try:
        found = analyze(TEXT, "fr").attributions
    finally:
        restore()
    assert (Pronouns._pronoun, Registry._near_person, Registry._body_subject) == before
    assert found == analyze(TEXT, "fr").attributions
    (record,) = records.values()
    assert record["gender"] == "f" and record["inverted"]
    assert record["person"]["name"] == "Jeanne Durand"
