"""names47: larger first-name lists (names given to both genders kept as such), the "Clr"
title, and a subject pronoun that never stands for a name its own clause writes after it.
Made-up sentences only."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.words.lexicon import load


def _speakers(text: str, language: str) -> list[str | None]:
    analysis = analyze(text, language, headline=text.split("\n", 1)[0])
    return [found.speaker for found in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Le marché de Belleville\n\nFayçal tient un étal de fruits depuis vingt ans. Il "
            "assure que les clients reviennent chaque samedi, malgré les travaux.",
            "fr",
            "Fayçal",
        ),
        (
            "Le marché de Belleville\n\nHouria tient un étal de fruits depuis vingt ans. « Les "
            "clients reviennent chaque samedi », assure-t-elle.",
            "fr",
            "Houria",
        ),
        (
            "Le marché de Belleville\n\nCamille tient un étal de fruits depuis vingt ans. Elle "
            "assure que les clients reviennent chaque samedi.",
            "fr",
            "Camille",
        ),
        (
            "Le marché de Belleville\n\nDominique tient un étal de fruits depuis vingt ans. Il "
            "assure que les clients reviennent chaque samedi.",
            "fr",
            "Dominique",
        ),
        (
            "Market day\n\nJamie has run a fruit stall for twenty years. She said customers "
            "come back every Saturday.",
            "en",
            "Jamie",
        ),
    ],
)
def test_a_listed_first_name_alone_is_the_person_a_pronoun_takes_up(
    text: str, language: str, speaker: str
) -> None:
    assert _speakers(text, language) == [speaker]


@pytest.mark.parametrize(("name", "language"), [("Camille", "fr"), ("Jamie", "en")])
def test_a_name_given_to_both_genders_is_a_first_name_of_either(name: str, language: str) -> None:
    assert first_name_gender(name, load(language)) == "x"


@pytest.mark.parametrize(("name", "language"), [("Rose", "fr"), ("Barry", "en")])
def test_a_first_name_that_is_a_common_word_or_a_place_is_not_listed(
    name: str, language: str
) -> None:
    assert first_name_gender(name, load(language)) == ""


def test_clr_opens_a_councillor_name() -> None:
    text = (
        "Local plan\n\nHowever, Clr Paul Price, who grew up in Essex, believes the plan is "
        'flawed. "The two towns have always looked in different directions," said the leader '
        "of the independent group. Clr Price said more."
    )
    assert _speakers(text, "en") == ["Clr Paul Price", "Clr Paul Price"]


def test_a_subject_pronoun_is_not_the_person_its_clause_names_after_it() -> None:
    text = (
        "Housing plan\n\nCllr Paul Kelly said he was delighted with the result. He paid "
        "tribute to former councillor David Morris, who died in May. He said he wants to "
        "continue Cllr Morris' work on affordable homes."
    )
    assert _speakers(text, "en") == ["Cllr Paul Kelly", "Cllr Paul Kelly"]
