"""A description opening an English lede, named in the paragraphs after it (made-up
articles): "A hospital boss has insisted… . <paragraph> "…," said Eugine Yafele." is Eugine
Yafele, named; "The retail chain's parent company said… . <paragraph> In a statement,
Hudson's Bay Company said…" is that company. An anonymous source's noun ("A senior official"),
a description inside the lede's story ("…, a consultant told the board"), a plural, or a
name given beyond the next two paragraphs leave the description as it is."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

HEADLINE = "Hospital defends strike exemption"
FILLER = "The strike lasted four days and ended on Friday."


def _speaker_of(text: str, words: str) -> tuple[str, str]:
    found = finding_holding(text, words, "en")
    return found.speaker, found.label


@pytest.mark.parametrize(
    "lede",
    [
        "A hospital boss has insisted his team would never mislead unions.",
        "A hospital boss said his team would never mislead unions.",
        "LONDON (Reuters) - A hospital boss says his team would never mislead unions.",
    ],
)
@pytest.mark.parametrize(
    "naming",
    [
        '"We acted in good faith," said Eugine Yafele.',
        "Eugine Yafele, the trust's chief executive, said the figures were accurate.",
    ],
)
def test_the_person_named_next_speaks(lede: str, naming: str) -> None:
    text = f"{HEADLINE}\n\n{lede}\n\n{FILLER}\n\n{naming}\n"
    assert _speaker_of(text, "never mislead") == ("Eugine Yafele", "named")


def test_a_body_named_next_speaks() -> None:
    text = (
        "Data breach at two stores\n\nThe retail chain's parent company said customers would "
        "not be liable for charges.\n\nIn a statement, Hudson's Bay Company said the breach hit "
        "stores in North America.\n"
    )
    assert _speaker_of(text, "not be liable") == ("Hudson's Bay Company", "named")


@pytest.mark.parametrize(
    ("lede", "words"),
    [
        ("A senior official said the review would take a year.", "the review"),
        ("The board voted after a consultant told it which school should close.", "which school"),
        ("Two doctors said the review would take a year.", "the review"),
    ],
)
def test_unnamed_sources_stay_unnamed(lede: str, words: str) -> None:
    """Counter-cases: an anonymous source's noun, a description inside the story, a group."""
    text = f'{HEADLINE}\n\n{lede}\n\n{FILLER}\n\n"We acted in good faith," said Eugine Yafele.\n'
    speaker, _label = _speaker_of(text, words)
    assert speaker != "Eugine Yafele"


def test_a_name_given_too_late_names_no_one() -> None:
    """Counter-case: the name comes four paragraphs after the lede."""
    text = (
        f"{HEADLINE}\n\nA hospital boss said his team would never mislead unions.\n\n"
        f'{FILLER}\n\n{FILLER}\n\n{FILLER}\n\n"We acted in good faith," said Eugine Yafele.\n'
    )
    assert _speaker_of(text, "never mislead")[0] == "A hospital boss"


@pytest.mark.parametrize(
    "lede",
    [
        "A Kent County councillor has called for the road to be resurfaced.",
        "A Dover councillor has called for the road to be resurfaced.",
    ],
)
def test_a_description_with_a_place_in_it_is_named_next(lede: str) -> None:
    """english30: a place's capitals in the lede's description name no one ("A Dover
    councillor"): the person named next is still the one it stands for."""
    text = (
        f"Road plea\n\n{lede}\n\nIndependent Cllr Jo Stead raised the issue at a meeting.\n\n"
        'Cllr Stead said: "It is the worst road in the area."\n'
    )
    speaker, label = _speaker_of(text, "resurfaced")
    assert speaker.endswith("Jo Stead") and label == "named"


def test_the_person_named_in_the_headline_and_after_the_lede() -> None:
    """english30: the headline names the person the lede describes, and the paragraphs
    after it name them again: that person, not the description."""
    text = (
        "Dover councillor Jo Stead livid at fly-tipping\n\nA Dover councillor has called on "
        "the council to act over fly-tipping.\n\nThe Green Party's Jo Stead raised it at a "
        'meeting.\n\nMs Stead said: "This is no way to live."\n'
    )
    assert _speaker_of(text, "fly-tipping")[0] == "Jo Stead"


def test_the_named_speaker_with_the_description_s_noun_first() -> None:
    """english30: "A county judge has dismissed…", then a reporter and "Associate Judge Tom
    Reyes": the judge, whose title holds the description's noun, not the first one named."""
    text = (
        "Judge tosses arrests\n\nA county judge has dismissed charges against the protesters, "
        "ruling the curfew unconstitutional.\n\nRadio reporter Ann Cole said Associate Judge "
        "Tom Reyes had ruled the curfew violated free assembly. He also ruled the arrests were "
        'unfair.\n\n"The city was wrong," lawyer Tim Dunn said.\n'
    )
    assert _speaker_of(text, "unconstitutional")[0] == "Tom Reyes"
