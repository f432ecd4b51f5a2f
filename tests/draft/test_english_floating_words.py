"""What stands between an English subject and its verb is no part of the speaker (made-up
sentences): a floating "all" / "both" / "each" and a manner adverb ("Sources all universally
cautioned…", "The two men both said…"), one or two of them, after plain and long subjects;
"cautioned" reports a clause with no "that", as "warned" does. A name or a noun ending in
-ly ("Jane Kelly", "the family") stays whole."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

CLAIM = "the deal needs the president's sign-off"


@pytest.mark.parametrize(
    ("subject", "words", "source"),
    [
        ("Officials", "all", "Officials"),
        ("Officials", "universally", "Officials"),
        ("Officials", "all unanimously", "Officials"),
        ("The two men", "both", "The two men"),
        ("The directors", "each separately", "The directors"),
        ("Sources who spoke to the paper", "all universally", "Sources who spoke to the paper"),
    ],
)
@pytest.mark.parametrize("verb", ["said", "cautioned", "have warned"])
def test_floating_words_before_the_verb_leave_the_subject(
    subject: str, words: str, source: str, verb: str
) -> None:
    assert said(f"{subject} {words} {verb} {CLAIM}.") == [(CLAIM, source)]


@pytest.mark.parametrize("form", ["cautioned", "cautions", "has cautioned"])
def test_cautioned_reports_a_clause_with_no_that(form: str) -> None:
    assert said(f"The regulator {form} {CLAIM}.") == [(CLAIM, "The regulator")]


@pytest.mark.parametrize("subject", ["Jane Kelly", "The family", "The assembly"])
def test_a_subject_ending_in_ly_stays_whole(subject: str) -> None:
    assert said(f"{subject} said {CLAIM}.") == [(CLAIM, subject)]
