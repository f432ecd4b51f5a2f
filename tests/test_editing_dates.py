"""Dates typed the French (or English) way become the ISO dates the file keeps."""

from __future__ import annotations

import pytest

from quizapp.sets.editing.dates import typed_iso_date


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("30/11/2026", True, "2026-11-30"),
        ("30.11.2026", True, "2026-11-30"),
        (" 3/4/2026 ", True, "2026-04-03"),
        ("30-11-2026", True, "2026-11-30"),
        ("11/30/2026", False, "2026-11-30"),
        ("30/11/2026", False, "2026-11-30"),
        ("3/4/2026", False, None),  # month or day first? not guessed
        ("31/02/2026", True, None),
        ("2026-11-30", True, None),  # already ISO: nothing to change
        ("30/11/26", True, None),
        ("30/11.2026", True, None),
        ("hier", True, None),
    ],
)
def test_written_dates(text: str, day_first: bool, expected: str | None) -> None:
    assert typed_iso_date(text, day_first) == expected
