"""mend58b: teacher58 closed the straight marks English reported words leave open, and read
an inch mark (« the 12" water main », « a 6'2" wall ») as a quotation's, opening one before
the words; a straight pair inside curly marks was closed with straight marks for both
(“It was "fine → “It was "fine""), not each with its own kind."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.passages import reported_marks


@pytest.mark.parametrize(
    "text", ['the 12" water main under the road had burst', "a 6'2\" wall", 'a 3.5" disk']
)
def test_an_inch_mark_is_no_quotation_mark(text: str) -> None:
    assert reported_marks(text, "en") == text


def test_each_open_mark_is_closed_with_its_own_kind() -> None:
    assert reported_marks('“It was "fine', "en") == '“It was "fine"”'


def test_an_inch_mark_inside_a_quotation_leaves_it_to_close() -> None:
    assert reported_marks('"the 12" main had burst', "en") == '"the 12" main had burst"'
