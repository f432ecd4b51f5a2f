"""ui43: a locate selection is judged and shown as the words it holds, the spaces and
punctuation at its edges left out where that can only help (Ctrl+Shift+Right takes the space
after a word, a mouse the comma)."""

from __future__ import annotations

from quizapp.engine.locate_fit import Fit, _fit_one, _trimmed, locate_fit, words_held

TEXT = "Elle a répondu « Non » ! Puis le maire, M. Roux, a parlé des U.S. hier."


def _held(selected: str) -> str:
    start = TEXT.index(selected)
    span = words_held(TEXT, (start, start + len(selected)))
    return TEXT[span[0] : span[1]]


def test_trailing_space_and_punctuation_are_left_out() -> None:
    assert _held("le maire, ") == "le maire"
    assert _held("Non » ! ") == "Non"
    assert _held(", M. Roux, ") == "M. Roux"


def test_paired_quotes_and_abbreviations_stay() -> None:
    assert _held("« Non » ") == "« Non »"
    assert _held("des U.S. ") == "des U.S."


def test_a_span_of_punctuation_only_keeps_its_characters() -> None:
    assert _held(" ! ") == "!"


def test_punctuation_outside_the_passage_no_longer_makes_it_too_broad() -> None:
    start = TEXT.index("Non » !")
    assert locate_fit(["Non"], (start, start + len("Non » ! ")), TEXT).fit is Fit.RIGHT


def _old_fit(answer: str, span: tuple[int, int]) -> Fit:
    """The fit before ui43: the selection's spaces trimmed, nothing else."""
    start = TEXT.index(answer)
    return _fit_one(TEXT, _trimmed(TEXT, span), (start, start + len(answer))).fit


def test_no_selection_is_judged_worse_than_before() -> None:
    """Every selection between two characters of the text, against passages that end on
    punctuation or start after it: right before means right now."""
    for answer in ("Non » !", "« Non »", "le maire, M. Roux,", "U.S.", "Puis"):
        for start in range(len(TEXT)):
            for end in range(start + 1, len(TEXT) + 1):
                if _old_fit(answer, (start, end)) is Fit.RIGHT:
                    assert locate_fit([answer], (start, end), TEXT).fit is Fit.RIGHT
