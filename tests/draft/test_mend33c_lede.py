"""mend33c, after round 33's review (made-up articles): a description that only closes the
lede ("…, said a union boss.") is not handed to a person named next under a title of another
kind (the other side of the story); a title holding one of its words still names it."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

STRIKE = "Rail strike\n\nRail workers will strike on Monday after talks failed, said a union boss."


def _speaker_label(text: str, words: str) -> tuple[str, str]:
    found = finding_holding(text, words, "en")
    return found.speaker, found.label


@pytest.mark.parametrize(
    ("text", "words", "described"),
    [
        (f'{STRIKE}\n\n"The offer was fair," said rail minister Tom Hill.\n', "will strike",
         "a union boss"),
        ("Tax rise row\n\nCouncil tax will rise by 5% next year, said a Conservative "
         'councillor.\n\n"This is a betrayal of residents," said Labour leader Tom Hill.\n',
         "will rise", "a Conservative councillor"),
        ("'We will not back down', says a union boss\n\nRail workers will strike on Monday."
         '\n\n"The offer was fair," said rail minister Tom Hill.\n\nTalks went on.\n',
         "not back down", "a union boss"),
    ],
)  # fmt: skip
def test_the_other_side_keeps_its_own_words(text: str, words: str, described: str) -> None:
    """The minister answering the union boss is not the union boss."""
    assert _speaker_label(text, words) == (described, "anonymous")


def test_a_title_holding_the_noun_still_names_the_description() -> None:
    """Counter-case: "union boss Ann Reid" is the union boss of the lede."""
    text = f'{STRIKE}\n\n"The offer was unfair," said union boss Ann Reid.\n'
    assert _speaker_label(text, "will strike") == ("Ann Reid", "named")


def test_a_title_holding_a_word_of_the_description_names_it() -> None:
    """Counter-case: "a community leader" and the chairman of a community forum."""
    text = (
        "Forum short of members\n\nVolunteers are hard to find, according to a community "
        'leader.\n\nAnn Reid, chairman of the community forum, was disappointed.\n\n"People '
        'feel ignored," she said.\n'
    )
    assert _speaker_label(text, "hard to find") == ("Ann Reid", "named")
