"""The quotations a sentence's findings hold, for the rules that read inside them."""

from __future__ import annotations

from collections.abc import Iterator

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.detect.view import overlap
from quizapp.draft.text.segment import Span


def held_quotes(
    view: SentenceView, new: list[Attribution], kinds: tuple[str, ...]
) -> Iterator[tuple[Attribution, Span]]:
    """Each finding of ``new`` whose kind is one of ``kinds``, with each part of a quotation
    of the sentence it overlaps (an inserted cue cuts a quotation in parts), in order."""
    for found in new:
        if found.kind in kinds:
            for quote in view.quotes:
                if overlap(quote, found.content):
                    yield found, quote
