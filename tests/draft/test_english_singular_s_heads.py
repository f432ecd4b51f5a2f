"""An English head noun ending in -ss, -us or -is is one, not a plural (made-up sentences,
lexicon singular_s_endings): "A union boss said…" is one described person, anonymous, as
"A union leader said…" is; a plural in -s stays a group, and "US" is no "-us" noun."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the talks had failed"


@pytest.mark.parametrize("who", ["A union boss", "A key witness", "A hospital boss"])
@pytest.mark.parametrize("sentence", ["{who} said {claim}.", '"{claim}," {lower} told reporters.'])
def test_one_described_person_is_anonymous(who: str, sentence: str) -> None:
    text = sentence.format(who=who, lower=who[0].lower() + who[1:], claim=CLAIM)
    assert [a.label for a in analyze(text, "en").attributions] == ["anonymous"]


def test_an_analysis_is_one_document() -> None:
    found = analyze(f"An analysis of existing research found that {CLAIM}.", "en").attributions
    assert [a.label for a in found] == ["anonymous"]


@pytest.mark.parametrize("who", ["Union bosses", "Key witnesses", "US and Japanese agencies"])
def test_plurals_stay_groups(who: str) -> None:
    """Counter-case: plurals in -es, and "US" before a plural, are groups."""
    assert [a.label for a in analyze(f"{who} said {CLAIM}.", "en").attributions] == ["vague"]
