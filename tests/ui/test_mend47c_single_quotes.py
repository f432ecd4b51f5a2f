"""mend47c: the line over the article names a paragraph by its first words (words47), closing
the quotations they leave open. A paragraph opening on single curly marks, as British outlets
quote (« ‘We won’t stop until… ’ she said »), was shown « “‘We won’t stop until the council
listens to…” »: its ‘ never closed, and the window's “ ” stood around it (review47, finding 8).
The ’ of « won’t », between two letters, is an apostrophe, never the closing mark."""

from __future__ import annotations

from quizapp.ui.quiz.paired_marks import opens_on_a_mark, paragraph_start

SAID = "‘We won’t stop until the council listens to every family here,’ she said."


def test_a_single_quotation_cut_open_is_closed_after_the_dots() -> None:
    start = paragraph_start(SAID)
    assert start == "‘We won’t stop until the council listens to…’"
    assert opens_on_a_mark(start)  # the window adds none of its own


def test_an_apostrophe_or_a_closed_single_quotation_adds_no_mark() -> None:
    assert paragraph_start("We won’t stop until the council listens to every family.", 4) == (
        "We won’t stop until…"
    )
    assert paragraph_start("‘No,’ she said, before leaving for the town hall.", 4) == (
        "‘No,’ she said, before…"
    )
    assert paragraph_start(
        "« Nous n’arrêterons pas tant que le conseil n’écoute pas », dit-elle."
    ) == ("« Nous n’arrêterons pas tant que le conseil n’écoute…\u00a0»")
