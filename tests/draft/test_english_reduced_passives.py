"""A passive of saying set off after a noun (made-up sentences): "The plan, said to cost two
million pounds, was dropped", "The man, believed to be in his forties, was arrested" name no
one who says it and report nothing; "X, said to be furious, told reporters that…" still
reports X's statement."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry, said to cost two million pounds, was sold in May.",
        "The captain, believed to be in his forties, was arrested on Monday.",
        "The crossing, thought to be the oldest in the region, closes next week.",
    ],
)
def test_a_passive_set_off_after_a_noun_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []


def test_the_statement_after_such_a_passive_is_still_found() -> None:
    text = "Ana Lopes, said to be furious, told reporters that the ferry will stop in March."
    [(content, source)] = said(text)
    assert content == "the ferry will stop in March" and source.startswith("Ana Lopes")
