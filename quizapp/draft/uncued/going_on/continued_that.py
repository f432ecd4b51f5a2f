"""A reported « que » clause going on in the next sentence (French): « Le maire explique que la
cohabitation est difficile. Et que des plaintes ont été déposées. » A sentence opening on
« Et que » cannot stand alone: it coordinates another clause with the one the sentence before
reported, so it is that source's word too (recall19: 3 such sentences in the corpus, the 2
after a reported « que » clause keyed so, in 2 batches)."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import SENTENCE_BETWEEN
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once


def continued_that(
    view: SentenceView, new: list[Attribution], para_found: list[Attribution]
) -> list[Attribution]:
    """The sentence after its opening « Et que » as the paragraph's last attribution's word,
    when that attribution is a clause opened by « que » that ends the sentence right before."""
    opening = _opening(view)
    if opening is None or new or not para_found:
        return []
    last = para_found[-1]
    if last.kind not in {"indirect", "mixed"} or not _that_before(view.lex).search(
        view.text, max(0, last.content[0] - 8), last.content[0]
    ):
        return []
    if SENTENCE_BETWEEN.search(view.text[last.content[1] : view.span[0]]):  # one between
        return []
    content = strip_span(view.text, (opening, view.span[1]))
    content = (content[0], content[1] - 1) if view.text[content[1] - 1] == "." else content
    kind = "mixed" if any(content[0] <= q[0] < content[1] for q in view.quotes) else "indirect"
    return [replace(last, content=content, cue=None, source=None, kind=kind, confidence=0.5)]


def _opening(view: SentenceView) -> int | None:
    """Where the words after an opening « Et que » start; None when the sentence opens on
    anything else."""
    found = _openers(view.lex).match(view.text, view.span[0], view.span[1])
    return None if found is None else found.end()


@built_once
def _openers(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``continuing_that_openers``, a word ending there (« Et que », « Et
    qu'une »; not « Et quelques »)."""
    words = alternation(lex.words("continuing_that_openers"), loose_spacing=True)
    return re.compile(rf"(?i)(?:{words})(?:(?<=['’])|\s+)" if words else r"(?!)")


@built_once
def _that_before(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``object_clause_openers`` (« que », « qu' ») ending right where a reported
    clause starts: the attribution before was a « que » clause, which « Et que » goes on."""
    words = alternation(lex.words("object_clause_openers"))
    return re.compile(rf"(?i)\b(?:{words})(?:(?<=['’])\s*|\s+)$" if words else r"(?!)")
