"""A segment between commas that is no subject (subjects/clause_bounds.skip_segment): its words
are each language's lexicon lists, its shapes (a party label, -ing, -ly) stay in code."""

from __future__ import annotations

import pytest

from quizapp.draft.clause.subjects.clause_bounds import skip_segment
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "segment",
    ["lui", "de son côté", "Quant à elle", "interrogée sur ce point", "contacté par l'AFP",
     "dans un communiqué", "45 ans", "de Québec solidaire", "elle aussi", "mardi"],
)  # fmt: skip
def test_french_segments_that_are_no_subject(segment: str) -> None:
    assert skip_segment(load("fr")).match(segment)


@pytest.mark.parametrize(
    "segment",
    ["however", "who spoke to reporters", "asked about the plan", "reached by phone",
     "in a statement", "interviewed on Tuesday", "R-Texas", "citing documents", "45",
     "separately"],
)  # fmt: skip
def test_english_segments_that_are_no_subject(segment: str) -> None:
    assert skip_segment(load("en")).match(segment)


@pytest.mark.parametrize(
    ("language", "segment"),
    [("fr", "le ministre"), ("fr", "la porte-parole du gouvernement"), ("fr", "de nombreux élus"),
     ("en", "the minister"), ("en", "a spokeswoman for the agency"), ("en", "officials")],
)  # fmt: skip
def test_a_subject_is_not_skipped(language: str, segment: str) -> None:
    assert not skip_segment(load(language)).match(segment)
