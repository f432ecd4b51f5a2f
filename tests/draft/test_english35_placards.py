"""english35: the words on a placard or banner that "reads" or "says" them are the holders'
(rules/placards.py, French until now). Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import said


def test_placards_that_read_are_the_holders_words() -> None:
    text = (
        "Nine tenants from Mill Court held up placards that read ‘Mend our roof’ and "
        "‘No more damp’."
    )
    found = said(text)
    assert [source for _, source in found] == ["Nine tenants from Mill Court"] * len(found)
    assert "Mend our roof" in found[0][0]
