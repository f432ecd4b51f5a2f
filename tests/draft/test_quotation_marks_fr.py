"""A French quotation opened by « and closed by ” (hand-edited pages mix the marks) is one
quotation, so the narration after it is not swallowed into it and « Ce dernier » finds the
speaker just named. Made-up sentences, with a counter-case."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import paragraphs


def test_a_guillemet_closed_by_a_curly_mark() -> None:
    text = (
        "La tribune paraîtra jeudi. « Nous irons devant le tribunal. ”, déclare Paul Martin. "
        "Ce dernier ajoute qu'il a écrit au préfet."
    )
    analysis = analyze(text, "fr")
    found = [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]
    assert found == [
        ("Nous irons devant le tribunal.", "Paul Martin"),
        ("il a écrit au préfet", "Paul Martin"),
    ]


def test_a_curly_quotation_inside_is_not_the_end() -> None:
    # counter-case: the ” closes the “ opened inside, not the « (left open, as before)
    text = "« Nous irons devant le “tribunal du peuple”, a dit Paul Martin, et vite."
    assert [text[s:e] for s, e in quotations(text, paragraphs(text))] == [text]
