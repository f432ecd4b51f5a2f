"""mend34b: "…," said the leader of the X group is the person heard just before only when
that person was named with an elected member's title, the genders fit and the group is not
set against theirs ("the rival group"). Made-up articles."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_QUOTE = '"The road will split the village in two," said the {office}.'


def _article(person: str, office: str) -> str:
    first = f"{person}, who grew up in the dales, believes the bypass is a mistake."
    return f"Titre\n\n{first}\n\n{_QUOTE.format(office=office)}"


@pytest.mark.parametrize(
    ("person", "office"),
    [
        ("Ada Penrose", "spokesman for the campaign group"),
        ("Cllr Tom Baker", "chairwoman of the residents' group"),
        ("Cllr Ada Penrose", "leader of the rival group"),
        ("Ada Penrose", "conductor of the band"),
    ],
)
def test_a_group_office_that_does_not_fit_is_not_the_person_heard(person: str, office: str) -> None:
    assert speaker_of(_article(person, office), "The road will split", "en") != person


def test_an_elected_member_leads_a_group() -> None:
    article = _article("Cllr Ada Penrose", "leader of the independent group")
    assert speaker_of(article, "The road will split", "en") == "Cllr Ada Penrose"
