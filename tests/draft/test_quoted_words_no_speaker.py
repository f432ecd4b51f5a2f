"""Quoted words are nobody (made-up sentences): in "…the rise, which they said “conned
consumers”, who had believed the cap would hold", the relative's antecedent is the quoted
phrase, no speaker; no attribution is given to it. A source that holds quoted words beside
its own noun ("une "source proche du dossier"") still speaks."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize("quoted", ["“conned consumers”", '"misled savers"', "“confused families”"])
def test_a_quoted_antecedent_speaks_for_no_one(quoted: str) -> None:
    text = (
        "Bills rise again.\n\nConsumer groups hit out at the rise, which they said "
        f"{quoted}, who had believed the regulation would keep their bills steady.\n"
    )
    speakers = [a.speaker for a in analyze(text, "en").attributions]
    assert all("“" not in s and '"' not in s for s in speakers)


def test_a_source_with_quoted_words_beside_its_noun_speaks() -> None:
    """Counter-case: the noun stands outside the quotation marks."""
    text = 'Selon une "source proche du dossier", le projet sera abandonné.'
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ['une "source proche du dossier"']
