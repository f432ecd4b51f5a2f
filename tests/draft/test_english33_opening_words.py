"""english33: capitalised words that name no one (made-up articles): a holiday after a word
of time ("just before last Christmas", lexicon ``date_words``) is a date, never the issuer of
a later "The report said"; "Overall," opening a sentence is a connective (lexicon
``opening_connectives``), never the speaker of the cue it comes before."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def test_a_holiday_is_no_issuer() -> None:
    text = (
        "Village school to close\n\nThe cabinet chose to close the school just before last "
        "Christmas.\n\nThe report said that nine objections had been received.\n"
    )
    assert "Christmas" not in finding_holding(text, "nine objections", "en").speaker


def test_overall_is_no_speaker() -> None:
    text = (
        "Mayor back from summit\n\nMayor Ruth Onslow spoke at the summit on Monday.\n\n"
        "Overall, the mayor said, the summit went well and that she relished the chance to "
        "meet ministers.\n"
    )
    assert finding_holding(text, "relished the chance", "en").speaker == "Ruth Onslow"
