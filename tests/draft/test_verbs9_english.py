"""English reporting verbs verbs9 added from a reference list of press usage
(benchmarks/verb_reference/en.txt): verbs of manner, praise and blame after a quotation, before
or after their subject, and verbs of reasoning before "that"; the words' other uses (a noun, an
adjective, a relative in the object) must report nothing (lexicon speech_shape_forms)."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

QUOTE = "We have nothing left to offer the families"
CLAIM = "the county will run out of social housing by the spring"


@pytest.mark.parametrize(
    "verb",
    ["laughed", "scoffed", "illustrated", "summed up", "fired back", "bemoaned", "lambasted"],
)
def test_quotation_then_subject_and_verb(verb: str) -> None:
    assert said(f"“{QUOTE},” Mark Dunn {verb}.", "en") == [(f"{QUOTE},", "Mark Dunn")]


@pytest.mark.parametrize("verb", ["sighed", "elaborated", "shot back", "marvels", "deplores"])
def test_quotation_then_inverted_subject(verb: str) -> None:
    text = f"“{QUOTE},” {verb} Mark Dunn, president of the tenants' association."
    assert said(text, "en") == [(f"{QUOTE},", "Mark Dunn")]


@pytest.mark.parametrize("verb", ["reasoned", "has posited", "opines", "surmises", "intimated"])
def test_clause_after_that(verb: str) -> None:
    assert said(f"Mark Dunn {verb} that {CLAIM}.", "en") == [(CLAIM, "Mark Dunn")]


@pytest.mark.parametrize(
    "text",
    [
        "Cheering crowds that lined the streets waved flags.",
        "The senator welcomed the delegation that arrived from Paris.",
        "He answered the phone that rang at midnight.",
        "Laughing children that played in the park ran home.",
        "Police attacked protesters that had gathered near the bridge.",
        "Residents cried when the firefighters left.",
        "The crowd cheered and applauded the runners.",
    ],
)
def test_narration_reports_nothing(text: str) -> None:
    assert said(text, "en") == []
