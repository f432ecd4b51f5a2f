"""english35: a quotation followed by "say" and a plural subject with no comma between, or a
dash, as headlines write them ("‘…’ say tenants", "'…' - say parents"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Row over lift\n\nThe block met. “Nobody fixes anything” say tenants of the tower.",
            "tenants of the tower",
        ),
        (
            "Row over lift\n\nThe block met. “Nobody fixes anything” – say tenants of the tower.",
            "tenants of the tower",
        ),
        (
            "‘The road is a death trap’ say parents after a crash near the school\n\nParents met.",
            "parents",
        ),
    ],
)
def test_quotation_then_say_with_no_comma(text: str, source: str) -> None:
    found = said(text)
    assert found[0] == (
        text[text.index("“") + 1 : text.index("”")]
        if "“" in text
        else text[1 : text.index("’ say")],
        source,
    )
