"""mend33c, after round 33's review (made-up articles): a holiday opening a name ("Easter
Island council", "Christmas Aid") is no date cut from the source."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding


def _speaker_label(text: str, words: str) -> tuple[str, str]:
    found = finding_holding(text, words, "en")
    return found.speaker, found.label


@pytest.mark.parametrize("name", ["Easter Island council", "Christmas Aid"])
def test_a_holiday_opening_a_name_stays_in_it(name: str) -> None:
    text = f"Vote ahead\n\nThe plan was debated. {name} said the vote would go ahead.\n"
    assert _speaker_label(text, "would go ahead")[0] in (name, "Easter Island")
