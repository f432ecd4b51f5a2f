"""A short quotation ending on its own « ? » or « ! » and an inverted cue right after it, with
no comma (made-up sentences): « « Pourquoi maintenant ? » demande X, présidente de Y »,
« « Quelle honte ! » lance le maire » report the quotation, whether the mark is spaced from
the closing one or not; a quoted title before other words (« « Pourquoi ? » est le titre du
livre que demande X ») reports nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "verb", ["demande", "s'interroge", "interroge", "questionne", "a demandé", "demandait"]
)
def test_a_question_then_its_inverted_cue(verb: str) -> None:
    quote = "La salle est pleine. « Pourquoi maintenant ? »"
    text = f"{quote} {verb} Marie Dupont, présidente de l'association."
    assert _found(text) == [("Pourquoi maintenant ?", "Marie Dupont")]


@pytest.mark.parametrize("quote", ["« Quelle honte ! »", "«Quelle honte !»", "« Quelle honte! »"])
@pytest.mark.parametrize("verb", ["lance", "s'exclame", "a lancé"])
def test_an_exclamation_then_its_inverted_cue(quote: str, verb: str) -> None:
    [(content, speaker)] = _found(f"{quote} {verb} le maire de Lyon, furieux.")
    assert content.replace(" ", "") == "Quellehonte!" and speaker == "le maire de Lyon"


def test_a_quoted_title_before_other_words_reports_nothing() -> None:
    text = "« Pourquoi maintenant ? » est le titre du livre que demande Marie Dupont depuis 2020."
    assert _found(text) == []
