"""A comma inside a figure (made-up sentence, english54): "£410,000" groups thousands and
cuts no clause, so the subject before "said" is still the person a relative set off by
commas describes, not the words after the figure's comma."""

from __future__ import annotations

from quizapp.draft import analyze


def test_a_figure_in_a_relative_does_not_cut_the_subject() -> None:
    text = (
        "Harbour Tiles owner Nina Wray, who will lose her parking under the £410,000 project, "
        "said: "
        "“The whole scheme is a mistake.”"
    )
    found = analyze(text, "en").attributions
    assert [(a.speaker, text[a.source[0] : a.source[1]].split(",")[0]) for a in found] == [
        ("Nina Wray", "Harbour Tiles owner Nina Wray")
    ]


def test_a_comma_after_a_figure_and_a_space_still_cuts() -> None:
    text = "The council spent £410,000, the mayor said."
    assert [a.speaker for a in analyze(text, "en").attributions] == ["the mayor"]
