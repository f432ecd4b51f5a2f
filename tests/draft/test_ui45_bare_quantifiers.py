"""ui45: a speaker the article names only by a bare quantifier ("Some said …", "Another
added …") is no option of a drafted question and no statement's subject: standing alone,
"Some" names no one (ui45's walk-through: « Who claims that the council had spent more on
consultants …? Some », its right answer). The drafter names it by a fuller mention when the
analysis has one. Made-up article and mentions only."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.speaker_names.standalone import points_back
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speakers_and_drafted_words

LIBRARY = (
    "Harbour Lane library to close two days a week from March\n\n"
    "Residents of Millbrook will lose two days of library opening from March, after the "
    "borough council approved a package of savings on Tuesday evening.\n\n"
    'Council leader Margaret Hale said the decision had been "the hardest of my time in '
    'office". "We have kept the doors open five days out of seven," she told the meeting.\n\n'
    "The Millbrook Reading Circle, which has met at the branch every Monday since 1998, said "
    "it would have to find a new home. Its chair, David Okafor, said members had already "
    "started a petition.\n\n"
    "According to the police, a small group of protesters gathered outside the town hall "
    "before the vote.\n\n"
    "Opposition councillors argued that the savings could have been found elsewhere. Some said "
    "the council had spent more on consultants last year than the library's entire budget."
)


def _options_and_statements(text: str) -> list[str]:
    found, words = speakers_and_drafted_words(text, "en")
    assert "Some" in found
    return words


def test_some_is_no_option_nor_statement_subject() -> None:
    drafted = _options_and_statements(LIBRARY)
    assert "Margaret Hale" in drafted  # the named speakers are still asked about
    assert "Some" not in drafted
    assert not [w for w in drafted if w.startswith("According to the article, some ")]


@pytest.mark.parametrize(
    ("mention", "back"),
    [
        ("Some", True),
        ("Another", True),
        ("Others", True),
        ("Many", True),
        ("some residents", False),  # a noun after it: a vague group, asked as such
        ("another resident", False),
        ("One objector", False),
    ],
)
def test_a_bare_quantifier_points_back(mention: str, back: bool) -> None:
    assert points_back(mention, load("en")) is back
