"""Mended after review (mend31b, item 3), a made-up text: a line « Et encore « Nous n'avons
plus rien pour les écoles. » » ends on a quotation, but the quotation is a full sentence closed
on its own stop inside the marks: someone speaks it, it titles nothing; the last speaker keeps
it (rules/lone_quotes/alone._closes_a_subhead)."""

from __future__ import annotations

from quizapp.draft import analyze

_SPOKEN_AGAIN = (
    "Titre\n\nLe maire Jean Dupont a pris la parole lundi. « Nous allons rouvrir la piscine "
    "cet été », a-t-il dit.\n\nEt encore « Nous n'avons plus rien pour les écoles. »\n\n"
    "Il a quitté la salle."
)


def test_a_full_quoted_sentence_closing_a_line_is_the_last_speakers() -> None:
    analysis = analyze(_SPOKEN_AGAIN, "fr")
    found = [a for a in analysis.attributions if "écoles" in analysis.passage(a.content)]
    assert [a.speaker for a in found] == ["Jean Dupont"]
