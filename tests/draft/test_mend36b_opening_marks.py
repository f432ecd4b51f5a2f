"""mend36b (review36 item 11): the marks that open a quotation are one lexicon list,
``opening_quote_marks``, read by the four readings that each wrote their own copy (requests,
mandative clauses, "call for" after a determiner, a subhead's line). Made-up sentences."""

from __future__ import annotations

import inspect

from quizapp.draft.reporting.cue_forms import set_phrases
from quizapp.draft.reporting.english_cue_forms import english_requests, mandative
from quizapp.draft.uncued.rules.lone_quotes import alone
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speaker_label


def test_one_list_of_opening_marks() -> None:
    marks = [load(lang).words("opening_quote_marks") for lang in ("en", "fr")]
    assert marks[0] == marks[1] and {"«", "“", '"', "‘"} <= set(marks[0])
    for module in (set_phrases, english_requests, mandative, alone):
        assert "_OPENING_MARKS =" not in inspect.getsource(module)


def test_request_past_a_french_opening_mark() -> None:
    """The request reading now reads past « as it did past “ (the shared list has both)."""
    text = "The mayor urged drivers to « slow down near the school » this winter."
    assert speaker_label(text, "en") == [("The mayor", "named")]
