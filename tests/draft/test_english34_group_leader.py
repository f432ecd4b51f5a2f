"""english34: "…," said the leader of the X group, right after a named person was heard,
is that person, not the one a bare title ("leader Y") names later: an office held in a group
of people is not the office the bare title names. Made-up articles."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_ARTICLE = (
    "Titre\n\n"
    "Cllr Ada Penrose, who grew up in the dales, believes the bypass is a mistake.\n\n"
    '"The road will split the village in two and nobody asked us," said the leader of the'
    " residents' group.\n\n"
    "The plan was backed by council leader Tom Haskett at a meeting on Monday.\n\n"
    'Mr Haskett said: "We have listened to everyone and the road will be built."'
)


def test_a_group_leader_after_its_cue_is_the_person_heard() -> None:
    assert speaker_of(_ARTICLE, "The road will split", "en") == "Cllr Ada Penrose"


def test_the_bare_title_keeps_its_own_holder() -> None:
    assert speaker_of(_ARTICLE, "We have listened", "en") == "Tom Haskett"
