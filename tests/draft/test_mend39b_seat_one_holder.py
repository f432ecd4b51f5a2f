"""mend39b: a seat written in a name ("Cllr Mary Hogan", english39) is read only against a
description of one holder of that office: "the other councillors", "the sergeants", "the
former councillor" are someone else. The one holder's "the councillor" still finds her.
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

_HALL = (
    'Cllr Ann Byrne chaired the hearing. Neighbours were upset. "We will oppose it," said {noun}.'
)


@pytest.mark.parametrize(
    ("noun", "label"),
    [
        ("the other councillors", "vague"),
        ("the councillors", "vague"),
        ("the former councillor", "anonymous"),
    ],
)
def test_a_description_of_someone_else_keeps_its_words(noun: str, label: str) -> None:
    assert speaker_label(_HALL.format(noun=noun), "en") == [(noun, label)]


def test_sergeants_are_not_the_one_sergeant() -> None:
    text = 'Sgt Sean Doyle stopped the van. "He was drunk," the sergeants said.'
    assert [s for s, _ in speaker_label(text, "en")] == ["the sergeants"]


def test_the_one_holder_still_takes_her_office() -> None:
    speakers = speaker_label(_HALL.format(noun="the councillor"), "en")
    assert speakers == [("Cllr Ann Byrne", "named")], speakers
