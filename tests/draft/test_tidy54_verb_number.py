"""A question's verb agrees with its speaker in number through one function beside the
openers that make it plural (``speaker_openings.takes_plural``, tidy54, out of
``wording/phrasing.py``), given the article's language."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.speaker_openings import takes_plural


@pytest.mark.parametrize(
    ("speaker", "language", "plural"),
    [
        ("les enseignants grévistes", "fr", True),  # a plural opener
        ("sept conseillers municipaux", "fr", True),  # a number above one
        ("60 % des habitants", "fr", True),
        ("1 élu", "fr", False),
        ("la présidente du club", "fr", False),
        ("Police", "en", True),  # plural with no -s
        ("council officials", "en", True),  # a plural head in lower case
        ("council officials", "fr", False),  # the English head read in English only
        ("Reuters", "en", False),
    ],
)
def test_a_speakers_verb_number(speaker: str, language: str, plural: bool) -> None:
    assert takes_plural(speaker, language) is plural
