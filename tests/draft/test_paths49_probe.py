"""The probe of round 49 (benchmarks/paths49_probe.py, not part of the app): it names the reading
that gave each finding its speaker, leaves the findings as the app makes them, and puts every
method it shadows back."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import paths49_probe
from paths49_probe import TRACE, reading_of, traced

from quizapp.draft import analyze
from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.uncued.rules.lone_quotes import alone

TEXT = (
    "Le maire Jean Dupont a déclaré que le port restera ouvert. "
    "Il a ajouté que les travaux commenceront en mai.\n\n"
    "« Nous tiendrons les délais, quoi qu'il arrive cette année. »"
)


def _readings(text: str) -> tuple[list[str], tuple]:
    TRACE.__init__()
    with traced():
        found = analyze(text, "fr").attributions
    return [reading_of(TRACE.origin.get(id(a), {})) for a in found], found


def test_the_findings_are_the_apps_own() -> None:
    assert _readings(TEXT)[1] == analyze(TEXT, "fr").attributions


def test_each_finding_names_its_reading() -> None:
    readings, found = _readings(TEXT)
    assert [a.speaker for a in found] == ["Jean Dupont"] * 3
    assert readings[0] == "resolved_drafts.resolved:_by_form>_named"
    assert readings[1].startswith("resolved_drafts.resolved:_by_form>_referring>_pronoun")
    assert readings[2].startswith("alone._given_on:")  # the lone quotation


def test_the_shadowed_methods_are_put_back() -> None:
    before = (Registry.__dict__["resolve"], Attribution.__init__, alone._given_on)
    _readings(TEXT)
    assert (Registry.__dict__["resolve"], Attribution.__init__, alone._given_on) == before
    assert paths49_probe.Registry.__init__ is Registry.__init__
