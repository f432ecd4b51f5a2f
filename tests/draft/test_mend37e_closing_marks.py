"""A quotation opening an English sentence on « or ' closes on » or ' before an inverted
plural verb, as one on “ closes on ” (made-up sentences, mend37e: the opening marks came from
the lexicon, the closing ones were still three marks written in code)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "«The bridge must stay open,» say shopkeepers on the quay.",
        "'The bridge must stay open,' say shopkeepers on the quay.",
        "“The bridge must stay open,” say shopkeepers on the quay.",
    ],
)
def test_each_opening_mark_pairs_with_its_closing_mark(text: str) -> None:
    assert [s for s, _ in speaker_label(text, "en")] == ["shopkeepers"]
